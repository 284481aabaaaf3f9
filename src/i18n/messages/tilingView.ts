import type { Message } from '../translate';

/** Shared, tiled or unshared: the figure's own views (loaded with the figure), English. */
export const tilingViewEn = {
  'tiling.countsNote':
    'Colour and pattern mark an edge’s place in its kernel (first, second, third weight…). In the convolution that place is one weight shared by every output; in the tiled and locally connected layers each kernel (K₁, K₂, … above its outputs) has its own weights. Where there is room, the letter on an edge names its weight: where letters repeat, one weight is shared. m = {inputs}, n = {outputs}, k = {kernel}, t = {tiles}.',
  'tiling.live.sameWiring':
    'The tiled and locally connected layers are wired exactly like the convolution; only their weights differ.',
  'tiling.live.kernels':
    '{unit} uses kernel {shared}, shared by every output, in the convolution; kernel {tiled} of the {tiles} that take turns in the tiled layer; and its own kernel {local} in the locally connected layer.',
  'tiling.fit.sizes':
    'The experiment’s layers are larger than the drawing above: {inputs} inputs and a kernel of {kernel}, so {outputs} outputs. Shared, that is {kernel} weights; locally connected, {outputs} × {kernel} = {local}.',
  'tiling.exampleHeading': 'When is not sharing better?',
  'tiling.exampleText':
    'Sharing bets that a detector useful in one place is useful everywhere. That holds for edges in a photo, which can turn up anywhere. It fails for face photos that were cropped so the face is centred: the top of every image holds eyebrows and the bottom a chin, so the top outputs want an eyebrow detector and the bottom outputs a chin detector. A locally connected layer can learn exactly that; one shared kernel cannot. Below, both kinds of layer are fitted (least squares, in the worker) to a few examples of each task and tested on new ones.',
  'tiling.task.faces': 'Centred faces: eyebrows at the top, chin at the bottom',
  'tiling.task.edges': 'Photos: edges anywhere',
  'tiling.fit.shared': 'shared kernel ({params} weights)',
  'tiling.fit.local': 'locally connected ({params} weights)',
  'tiling.fit.winner': 'Better here: {winner}.',
  'tiling.fit.target': 'wanted output',
  'tiling.fit.task': 'Task',
  'tiling.fit.table': 'Test error (mean squared) after fitting to {examples} training examples',
} as const;

/** Shared, tiled or unshared: the figure's own views, Chinese. */
export const tilingViewZh: Record<keyof typeof tilingViewEn, Message> = {
  'tiling.countsNote':
    '颜色和线型表示一条连接在卷积核中的位置（第一、第二、第三个权重……）。在卷积中，同一位置就是所有输出共享的同一个权重；在平铺卷积和局部连接层中，每个核（输出上方标注的 K₁、K₂……）都有自己的权重。在画得下的地方，连接上的字母就是它的权重：字母重复之处，就是同一个权重被共享。m = {inputs}，n = {outputs}，k = {kernel}，t = {tiles}。',
  'tiling.live.sameWiring': '平铺卷积层和局部连接层的连接方式与卷积完全相同，不同的只是权重。',
  'tiling.live.kernels':
    '{unit} 在卷积中使用所有输出共享的核 {shared}；在平铺卷积中使用轮流使用的 {tiles} 个核中的 {tiled}；在局部连接层中使用它自己的核 {local}。',
  'tiling.fit.sizes':
    '实验中的层比上面的图更大：{inputs} 个输入、宽 {kernel} 的卷积核，所以有 {outputs} 个输出。共享时是 {kernel} 个权重；局部连接时是 {outputs} × {kernel} = {local} 个。',
  'tiling.exampleHeading': '什么时候不共享反而更好？',
  'tiling.exampleText':
    '参数共享押注的是：在一个位置有用的检测器，在别的位置也有用。对照片中的边缘来说这没错，边缘可能出现在任何地方。但对于经过裁剪、人脸居中的照片就不对了：每张图的上部总是眉毛，下部总是下巴，所以上部的输出需要眉毛检测器，下部的输出需要下巴检测器。局部连接层正好可以学到这一点，而一个共享的卷积核做不到。下面用少量样本分别拟合这两种层（最小二乘法，在后台线程中计算），再在新样本上检验。',
  'tiling.task.faces': '居中的人脸：上部是眉毛，下部是下巴',
  'tiling.task.edges': '普通照片：边缘可能出现在任何位置',
  'tiling.fit.shared': '共享的卷积核（{params} 个权重）',
  'tiling.fit.local': '局部连接（{params} 个权重）',
  'tiling.fit.winner': '此任务中更好的是：{winner}。',
  'tiling.fit.target': '期望的输出',
  'tiling.fit.task': '任务',
  'tiling.fit.table': '用 {examples} 个训练样本拟合后，在测试样本上的均方误差',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof tilingViewEn, true> {}
}
