/** Section 4, shared, tiled or unshared: English. */
export const tilingEn = {
  'tiling.heading': 'Shared, tiled, or not shared at all',
  'tiling.caption':
    'The same sparse wiring can carry one kernel shared by every output (convolution), a few kernels that take turns (tiled convolution), or a separate kernel for every output (a locally connected layer, sometimes called unshared convolution). Only the number of distinct weights changes. A dense layer, for comparison, wires everything to everything.',
} as const;

/** Section 4, shared, tiled or unshared: Chinese. */
export const tilingZh: Record<keyof typeof tilingEn, string> = {
  'tiling.heading': '共享、平铺，还是完全不共享',
  'tiling.caption':
    '同样的稀疏连接方式，可以让所有输出共享一个卷积核（卷积），也可以让几个核轮流使用（平铺卷积，tiled convolution），还可以让每个输出都有自己的核（局部连接层，locally connected，有时也叫非共享卷积）。变化的只是不同权重的个数。作为对照，全连接层把每个输入都连到每个输出。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof tilingEn, true> {}
}
