/** Section 1, sparse interactions: English. */
export const sparseEn = {
  'sparse.heading': 'Sparse interactions',
  'sparse.caption':
    'A convolution computes each output from a small window of neighbouring inputs (k of them, the kernel width), while a dense layer, a full matrix multiplication, computes every output from every input. Fig. 9.2 follows one input up to the outputs it reaches; fig. 9.3 follows one output down to its receptive field.',
  'sparse.try': 'Select an input to see which outputs it reaches, or an output to see its receptive field.',
  'sparse.note':
    'The convolution here is cross-correlation, as in PyTorch and TensorFlow: the kernel is not flipped. Connectivity is the same either way.',
} as const;

/** Section 1, sparse interactions: Chinese. */
export const sparseZh: Record<keyof typeof sparseEn, string> = {
  'sparse.heading': '稀疏交互（sparse interactions）',
  'sparse.caption':
    '卷积层的每个输出只取决于一小段相邻的输入（共 k 个，k 是核的宽度）；而全连接层做的是完整的矩阵乘法，每个输出都取决于全部输入。图 9.2 从一个输入出发，自下而上找出它能影响的输出；图 9.3 从一个输出出发，自上而下找出它的感受野（receptive field；书中译作“接受域”，“感受野”是生物学里的叫法，本实验室沿用后者）。',
  'sparse.try': '选中一个输入单元，看它能影响哪些输出；选中一个输出单元，看它的感受野。',
  'sparse.note':
    '这里的卷积按 PyTorch 和 TensorFlow 的做法实现为互相关，即不翻转卷积核；无论翻转与否，连接方式都一样。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof sparseEn, true> {}
}
