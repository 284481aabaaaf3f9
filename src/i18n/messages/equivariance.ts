/** Section 5, equivariance: English. */
export const equivarianceEn = {
  'equivariance.heading': 'Equal treatment of every position',
  'equivariance.caption':
    'Shift a time series and its convolution shifts by the same amount: convolving and then shifting gives exactly what shifting and then convolving gives. The function is equivariant to translation. The two results differ only where the shift pushes samples past an end or pulls zeros in. A stretch is different: convolution does not commute with it.',
  'equivariance.title.inputs': 'The signal, before and after the transform',
} as const;

/** Section 5, equivariance: Chinese. */
export const equivarianceZh: Record<keyof typeof equivarianceEn, string> = {
  'equivariance.heading': '对每个位置一视同仁：平移等变（equivariance）',
  'equivariance.caption':
    '把时间序列平移，卷积结果也平移同样的距离：先卷积再平移，与先平移再卷积，得到的结果完全相同。我们说这个函数对平移是等变的。两种次序的结果只在两端不同——平移把样本推出了边界，或者从边界外补进了零。拉伸则不一样：卷积与拉伸不能交换次序。',
  'equivariance.title.inputs': '变换前后的信号',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof equivarianceEn, true> {}
}
