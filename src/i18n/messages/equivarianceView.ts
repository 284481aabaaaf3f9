import type { Message } from '../translate';

/** Equivariance: the figure's own views (loaded with the figure), English. */
export const equivarianceViewEn = {
  'equivariance.title.orders': 'Both orders: transform then convolve, convolve then transform',
  'equivariance.title.difference': 'How far apart the two orders are',
  'equivariance.chart.input': 'x: the signal, an event in a time series',
  'equivariance.chart.transformed': 'T(x): the signal transformed',
  'equivariance.chart.convThenT': 'T(f(x)): convolve, then transform',
  'equivariance.chart.tThenConv': 'f(T(x)): transform, then convolve',
  'equivariance.chart.difference': '|f(T(x)) − T(f(x))|, shaded where a border is involved',
  'equivariance.chart.summary': '{title}: {count} samples, from {minimum} to {maximum}.',
  'equivariance.measure': 'Largest difference away from the borders: {interior}. Near the borders: {border}.',
  'equivariance.pick.label': 'Pick a sample of x to trace',
  'equivariance.pick.none':
    'Click or tap a sample of x (or Tab to the chart and use the arrow keys) to trace where it lands in both orders.',
  'equivariance.pick.value': 'sample x{index} = {value}',
  'equivariance.pick.feeds': 'x{index} = {value} feeds {outputs} of f(x).',
  'equivariance.pick.moved': 'T moves it to {position}, where it feeds {outputs} of f(T(x)).',
  'equivariance.pick.pushedOut': 'T pushes it past an end of the signal, so it feeds nothing in f(T(x)).',
  'equivariance.pick.movedOutputs': 'T moves the outputs it fed to {outputs} of T(f(x)).',
  'equivariance.pick.outputsGone': 'T moves the outputs it fed out of the signal too.',
  'equivariance.pick.outputs': { one: 'output {list}', other: 'outputs {list}' },
  'equivariance.pick.noOutput': 'no output',
  'equivariance.pick.position': { one: 'position {list}', other: 'positions {list}' },
  'equivariance.pick.same': 'The same positions: both orders agree on what this sample reaches.',
  'equivariance.pick.different':
    'Not the same positions: the two orders disagree on what this sample reaches.',
  'equivariance.pick.border':
    'Not the same positions, but only where a border is involved (an end of the signal pushes samples out or pulls zeros in): a border effect, not a failure of equivariance.',
  'equivariance.pick.nothing': 'no sample picked',
  'equivariance.verdict.equal': 'Away from the borders the two orders agree exactly: f(T(x)) = T(f(x)).',
  'equivariance.verdict.differ':
    'The two orders disagree away from the borders: convolution is not equivariant to this transform.',
} as const;

/** Equivariance: the figure's own views, Chinese. */
export const equivarianceViewZh: Record<keyof typeof equivarianceViewEn, Message> = {
  'equivariance.title.orders': '两种次序：先变换再卷积，先卷积再变换',
  'equivariance.title.difference': '两种次序结果的差距',
  'equivariance.chart.input': 'x：信号，时间序列中的一个事件',
  'equivariance.chart.transformed': 'T(x)：变换后的信号',
  'equivariance.chart.convThenT': 'T(f(x))：先卷积，再变换',
  'equivariance.chart.tThenConv': 'f(T(x))：先变换，再卷积',
  'equivariance.chart.difference': '|f(T(x)) − T(f(x))|，阴影部分受边界影响',
  'equivariance.chart.summary': '{title}：共 {count} 个样本，取值从 {minimum} 到 {maximum}。',
  'equivariance.measure': '远离边界处的最大差值：{interior}；边界附近：{border}。',
  'equivariance.pick.label': '选择 x 的一个样本来追踪',
  'equivariance.pick.none':
    '点击或轻点 x 的一个样本（或用 Tab 键移到图上再用方向键），追踪它在两种次序中落到哪里。',
  'equivariance.pick.value': '样本 x{index} = {value}',
  'equivariance.pick.feeds': 'x{index} = {value} 影响 f(x) 的{outputs}。',
  'equivariance.pick.moved': 'T 把它移到{position}，在那里它影响 f(T(x)) 的{outputs}。',
  'equivariance.pick.pushedOut': 'T 把它推出了信号的一端，所以它在 f(T(x)) 中什么也影响不到。',
  'equivariance.pick.movedOutputs': 'T 把它影响过的输出移到 T(f(x)) 的{outputs}。',
  'equivariance.pick.outputsGone': 'T 把它影响过的输出也移出了信号。',
  'equivariance.pick.outputs': '输出 {list}',
  'equivariance.pick.noOutput': '任何输出都没有',
  'equivariance.pick.position': '位置 {list}',
  'equivariance.pick.same': '位置相同：两种次序下，这个样本影响到的位置一致。',
  'equivariance.pick.different': '位置不同：两种次序下，这个样本影响到的位置不一致。',
  'equivariance.pick.border':
    '位置不同，但只出现在涉及边界的地方（信号的一端把样本推出或补进零）：这是边界效应，不是等变性失效。',
  'equivariance.pick.nothing': '尚未选择样本',
  'equivariance.verdict.equal': '远离边界处，两种次序的结果完全相等：f(T(x)) = T(f(x))。',
  'equivariance.verdict.differ': '即使远离边界，两种次序的结果也不相等：卷积对这种变换不具有等变性。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof equivarianceViewEn, true> {}
}
