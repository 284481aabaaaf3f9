import type { Message } from '../translate';

/** Section 3, parameter sharing: English. */
export const sharingEn = {
  'sharing.heading': 'Parameter sharing',
  'sharing.caption':
    'A convolution learns one small kernel and uses each of its weights at every position. In a dense layer every connection has a weight of its own, used exactly once. Colours and line patterns tell the weights apart.',
  'sharing.try': 'Pick a weight and every connection that uses it lights up.',
  'sharing.weights': 'Kernel weights',
  'sharing.weightsLabel': 'Kernel weights:',
  'sharing.weightButton': 'weight {name}',
  'sharing.live': {
    one: 'Convolution: weight {name} is used by {count} connection, at the one position where it falls inside the input. Dense: its counterpart, the weight of {edge}, is used by that one connection only.',
    other:
      'Convolution: weight {name} is used by {count} connections, one at each position where it falls inside the input. Dense: its counterpart, the weight of {edge}, is used by that one connection only.',
  },
  'sharing.countsNote':
    'm = {inputs} inputs, n = {outputs} outputs, kernel width k = {kernel}; biases left out.',
  'sharing.highlights':
    'Wide lines in a weight’s colour: every use of the weight picked above. Thin black lines: the connections of the selected unit.',
  'sharing.liveBorder': {
    one: 'Not {outputs}: at {count} position by a border this weight falls on padding, which joins no unit.',
    other:
      'Not {outputs}: at {count} positions by a border this weight falls on padding, which joins no unit.',
  },
} as const;

/** Section 3, parameter sharing: Chinese. */
export const sharingZh: Record<keyof typeof sharingEn, Message> = {
  'sharing.heading': '参数共享（parameter sharing）',
  'sharing.caption':
    '卷积只学习一个很小的卷积核，并在每一个位置上重复使用核中的每个权重。全连接层中每条连接都有自己的权重，而且只用一次。不同的权重用颜色和线型区分。',
  'sharing.try': '选中一个权重，所有用到它的连接都会亮起来。',
  'sharing.weights': '卷积核的权重',
  'sharing.weightsLabel': '卷积核的权重：',
  'sharing.weightButton': '权重 {name}',
  'sharing.live':
    '卷积：权重 {name} 被 {count} 条连接使用，落在输入内的每个位置各一条。全连接：与之对应的是 {edge} 这条连接的权重，只有这一条连接使用它。',
  'sharing.countsNote': 'm = {inputs} 个输入，n = {outputs} 个输出，核宽度 k = {kernel}；不计偏置。',
  'sharing.highlights': '权重颜色的粗线：上面选中的那个权重的每一次使用。细黑线：选中单元的连接。',
  'sharing.liveBorder':
    '而不是 {outputs} 条：在靠近边界的 {count} 个位置上，这个权重落在补的零上，不连到任何单元。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof sharingEn, true> {}
}
