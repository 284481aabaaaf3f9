/** Section 7, the cost in numbers: English. */
export const costEn = {
  'cost.heading': 'The cost, in numbers',
  'cost.caption':
    'With m inputs and n outputs, a dense layer stores m × n weights and does O(m × n) work for each example. Let every output see only k inputs and the work falls to O(k × n); share those k weights across positions as well and the storage falls to k.',
  'cost.try': 'Type in sizes, or pick a preset, to see the numbers.',
  'cost.table': 'Parameters and work for m = {inputs}, n = {outputs}, k = {kernel}',
  'cost.col.layer': 'Layer',
  'cost.col.parameters': 'Parameters',
  'cost.col.work': 'Work per example (multiply-adds)',
  'cost.row.dense': 'Dense (matrix multiplication)',
  'cost.row.local': 'Sparse, not shared (locally connected)',
  'cost.row.conv': 'Sparse and shared (convolution)',
  'cost.ratio':
    'The dense layer needs {params} times the convolution’s parameters and {work} times its work.',
  'cost.presets': 'Examples',
  'cost.presetsLabel': 'Examples:',
  'cost.preset.small': 'm = 1,000, k = 3',
  'cost.preset.image': 'fig. 9.6: the 320 × 280 photo, k = 2',
  'cost.flops':
    'Counted in flops, as the book counts fig. 9.6 (a multiply and an add for each weight, one add fewer for each output of the convolution), the dense layer does {dense} and the convolution {conv}: {ratio} times as many. In multiply-adds, as in the table, the ratio is m / k.',
} as const;

/** Section 7, the cost in numbers: Chinese. */
export const costZh: Record<keyof typeof costEn, string> = {
  'cost.heading': '用数字说话：开销',
  'cost.caption':
    '设有 m 个输入、n 个输出，全连接层要存储 m × n 个权重，每个样本需要 O(m × n) 的计算量。若让每个输出只看 k 个输入，计算量降为 O(k × n)；若再让各个位置共享这 k 个权重，存储量就只剩 k。',
  'cost.try': '输入不同的大小，或选一个预设，看看具体的数字。',
  'cost.table': 'm = {inputs}、n = {outputs}、k = {kernel} 时的参数量与计算量',
  'cost.col.layer': '层',
  'cost.col.parameters': '参数量',
  'cost.col.work': '每个样本的计算量（乘加次数）',
  'cost.row.dense': '全连接（矩阵乘法）',
  'cost.row.local': '稀疏但不共享（局部连接）',
  'cost.row.conv': '稀疏且共享（卷积）',
  'cost.ratio': '全连接层的参数量是卷积的 {params} 倍，计算量是卷积的 {work} 倍。',
  'cost.presets': '示例',
  'cost.presetsLabel': '示例：',
  'cost.preset.small': 'm = 1,000，k = 3',
  'cost.preset.image': '图 9.6：320 × 280 的照片，k = 2',
  'cost.flops':
    '若像书中计算图 9.6 那样按浮点运算次数计（每个权重一次乘法、一次加法，卷积的每个输出少一次加法），全连接层需要 {dense} 次，卷积需要 {conv} 次，相差 {ratio} 倍。按表中的乘加次数计，倍数为 m / k。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof costEn, true> {}
}
