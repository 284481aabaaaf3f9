/** Section 2, deeper layers see more: English. */
export const deepEn = {
  'deep.heading': 'Deeper layers see more',
  'deep.caption':
    'Each layer connects only to a few neighbours below, yet a unit high in the stack is joined, indirectly, to a wide stretch of the input: its receptive field grows with every layer. A stride, pooling or dilation makes the field grow faster; dilation leaves gaps in it.',
  'deep.try':
    'Select a unit to light its field in every layer below and what it reaches above, then switch on a stride, pooling or dilation.',
  'deep.chart.title': 'Receptive-field size per layer, in input units',
  'deep.chart.summary': 'Receptive-field sizes from the input upward: {sizes}.',
  'deep.chart.bar': '{layer}: {size}',
  'deep.chart.concealed': 'Each layer’s bar, its field size r, appears when you check your answer.',
  'deep.note':
    'The bars give the size r computed from the layers’ geometry (Araujo, Norris & Sim, Distill 2019); the lit units are the exact field, which a border can cut short and dilation can leave with holes.',
} as const;

/** Section 2, deeper layers see more: Chinese. */
export const deepZh: Record<keyof typeof deepEn, string> = {
  'deep.heading': '越深的层看得越广',
  'deep.caption':
    '每一层只和下一层中相邻的少数几个单元相连，但高层的单元会经由中间各层，间接地连到输入的一大段：感受野（书中称“接受域”）每经过一层就扩大一些。步幅、池化或膨胀会让感受野长得更快；膨胀还会在感受野里留下空洞。',
  'deep.try':
    '选中一个单元，看它在下面每一层中的感受野和它在上面各层能影响的单元；再打开步幅、池化或膨胀试试。',
  'deep.chart.title': '每层的感受野大小（以输入单元计）',
  'deep.chart.summary': '从输入往上，各层的感受野大小依次为：{sizes}。',
  'deep.chart.bar': '{layer}：{size}',
  'deep.chart.concealed': '核对答案后，这里显示每层的柱，即它的感受野大小 r。',
  'deep.note':
    '柱形表示由各层几何参数算出的感受野大小 r（Araujo、Norris、Sim，Distill 2019）；亮起的单元则是精确的感受野，它可能被边界截短，也可能因膨胀而留有空洞。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof deepEn, true> {}
}
