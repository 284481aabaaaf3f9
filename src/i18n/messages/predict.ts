/** Predict, then check: what the page says of questions before one is open (the invitation, a link's), in English. */
export const predictEn = {
  'predict.choose': 'Predict first',
  'predict.ask': 'Ask me',
  'predict.kind.field': 'which units a unit sees (its receptive field)',
  'predict.kind.reach': 'which units an input reaches',
  'predict.kind.size': 'how large a layer’s receptive field is',
  'predict.kind.weight': 'which connections use a weight',
  'predict.kind.kernel': 'which kernel made the edge map',
  'predict.kind.commute': 'whether the transform commutes with the convolution',
  'notice.url.badAsk':
    '{source} asks question “{value}” ({param}); this figure asks {options}. It opens without a question.',
  'notice.url.badTarget':
    '{source} names “{value}” ({param}), which this question cannot be about; it asks about {fallback} instead.',
  'notice.url.targetWithoutAsk':
    '{source} names a question’s unit ({param}) but no question ({ask}); it was ignored.',
  'notice.url.targetNotUsed':
    '{source} names a unit ({param}) for a {kind} question, which needs none; it was ignored.',
} as const;

/** Predict, then check: what the page says of questions before one is open, in Chinese. */
export const predictZh: Record<keyof typeof predictEn, string> = {
  'predict.choose': '先预测',
  'predict.ask': '出题',
  'predict.kind.field': '一个单元能看到哪些单元（它的感受野）',
  'predict.kind.reach': '一个输入能影响到哪些单元',
  'predict.kind.size': '某一层的感受野有多大',
  'predict.kind.weight': '哪些连接用到同一个权重',
  'predict.kind.kernel': '边缘图是哪个卷积核算出来的',
  'predict.kind.commute': '变换与卷积能否交换次序',
  'notice.url.badAsk': '{source}要求的问题“{value}”（{param}）本图不提供；本图可问 {options}。已不出题打开。',
  'notice.url.badTarget': '{source}给出的“{value}”（{param}）不能作为这道题的对象；已改问 {fallback}。',
  'notice.url.targetWithoutAsk': '{source}给出了题目的单元（{param}），却没有给出问题（{ask}）；已忽略。',
  'notice.url.targetNotUsed': '{source}为 {kind} 类问题给出了单元（{param}），这类问题不需要；已忽略。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof predictEn, true> {}
}
