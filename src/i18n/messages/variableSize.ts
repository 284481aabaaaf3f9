/** Section 6, inputs of any size: English. */
export const variableSizeEn = {
  'variable.heading': 'Inputs of any size',
  'variable.caption':
    'When the input grows, the convolution keeps its k weights and simply slides over more positions, giving more outputs. A dense layer’s weight matrix has a row for every output and a column for every input, so each new length needs a new matrix, with new weights to learn.',
  'variable.try': 'Drag the input length.',
  'variable.convMatrix': 'The convolution as a matrix: {rows} × {cols}, only {distinct} distinct weights',
  'variable.denseMatrix': 'The dense matrix: {rows} × {cols}, {distinct} distinct weights',
  'variable.numbers':
    'Convolution: {conv} weights, whatever the length. Dense: {dense} weights, for this length only.',
} as const;

/** Section 6, inputs of any size: Chinese. */
export const variableSizeZh: Record<keyof typeof variableSizeEn, string> = {
  'variable.heading': '任意长度的输入',
  'variable.caption':
    '输入变长时，卷积层保留同样的 k 个权重，只是在更多的位置上滑动，得到更多的输出。全连接层的权重矩阵每个输出占一行、每个输入占一列，因此每换一种长度，就需要一个新的矩阵，也就有一批新的权重要学习。',
  'variable.try': '拖动输入长度试试。',
  'variable.convMatrix': '把卷积写成矩阵：{rows} × {cols}，其中只有 {distinct} 个不同的权重',
  'variable.denseMatrix': '全连接矩阵：{rows} × {cols}，共 {distinct} 个不同的权重',
  'variable.numbers':
    '卷积：无论长度多少，都是 {conv} 个权重。全连接：{dense} 个权重，而且只适用于这一种长度。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof variableSizeEn, true> {}
}
