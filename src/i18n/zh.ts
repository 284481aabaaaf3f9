import type { MessageKey } from './en';

/** Chinese (simplified) messages, one for every English key. */
export const zh: Record<MessageKey, string> = {
  'app.title': '感受野实验室',
  'app.tagline': '为什么用卷积？点一个单元，看看它能“看到”哪些输入、又能影响哪些输出。',
  'app.source': '依据《深度学习》（Goodfellow、Bengio、Courville）第 9.2 节，图 9.2 与图 9.3。',
  'app.skipToFigure': '跳到图示',
  'language.label': '语言',
  'language.en': 'English',
  'language.zh': '中文',

  'sparse.heading': '稀疏交互（sparse interactions）',
  'sparse.caption':
    '卷积层的每个输出只取决于一小段相邻的输入（共 k 个，k 是核的宽度）；而全连接层做的是完整的矩阵乘法，每个输出都取决于全部输入。选中一个输入单元，可以看到它能影响哪些输出（对应图 9.2，自下而上看）；选中一个输出单元，可以看到它的感受野（receptive field，对应图 9.3，自上而下看）。',
  'sparse.crossCorrelation':
    '这里的卷积按 PyTorch 和 TensorFlow 的做法实现为互相关，即不翻转卷积核；无论翻转与否，连接方式都一样。',
  'sparse.panel.conv': '卷积（核宽度 {kernel}）',
  'sparse.panel.dense': '全连接：矩阵乘法',
  'sparse.graph.label': '{panel}：下方 {inputs} 个输入，上方 {outputs} 个输出。用方向键移动，按回车键选中。',
  'sparse.hint':
    '用鼠标点击或用手指轻点一个单元；也可以用 Tab 键进入图示，再用方向键和回车键操作。按 Esc 取消选择。',

  'controls.heading': '层的设置',
  'controls.inputLength': '输入长度 m',
  'controls.kernel': '核宽度 k',
  'controls.stride': '步幅',
  'controls.dilation': '膨胀（空洞）',
  'controls.padding': '补零',
  'controls.padding.valid': 'valid（不补零）',
  'controls.padding.same': 'same（TensorFlow 规则）',
  'controls.padding.explicit': '两侧各补 {count} 个',
  'controls.reset': '恢复默认',
  'controls.clearSelection': '取消选择',

  'unit.input': '第 {index} 个输入，共 {total} 个',
  'unit.output': '第 {index} 个输出，共 {total} 个',
  'unit.selected': '已选中',
  'unit.inReceptiveField': '位于感受野内',
  'unit.inInfluence': '受其影响',

  'live.none': '没有选中任何单元。',
  'live.receptive': '{panel}：{unit} 的感受野是 {units}，即 {total} 个输入中的 {count} 个。',
  'live.influence': '{panel}：{unit} 影响 {units}，即 {total} 个输出中的 {count} 个。',
  'live.receptiveAll': '{panel}：{unit} 的感受野是全部 {total} 个输入。',
  'live.influenceAll': '{panel}：{unit} 影响全部 {total} 个输出。',
  'live.panel.conv': '卷积',
  'live.panel.dense': '全连接',
  'live.listSeparator': '、',

  'counts.heading': '每一层的开销',
  'counts.quantity': '数量',
  'counts.conv': '卷积',
  'counts.dense': '全连接',
  'counts.weights': '参数（权重）',
  'counts.connections': '连接数（非零权重）',
  'counts.multiplyAdds': '每个样本的乘加次数',
  'counts.note': '与书中一样，不计偏置。m = {inputs} 个输入，n = {outputs} 个输出。',

  'legend.label': '图例',
  'legend.selected': '选中的单元（实心填充）',
  'legend.receptive': '位于它的感受野内（粗实线圈）',
  'legend.influence': '受它影响（粗虚线圈）',
  'legend.faded': '没有连接（淡化）',

  'figure.stale': '这组设置无法构成一层；图中显示的是上一组可行的设置。',
  'figure.loading': '计算中……',

  'issue.windowLargerThanInput':
    '卷积核覆盖 {span} 个输入（宽度 {kernel}，膨胀 {dilation}），但补零后的输入只有 {padded} 个。请减小核宽度或膨胀，或者增加补零。',
  'issue.generic': '第 {layer} 层：设置 {path} 无效。',

  'notice.dismiss': '关闭',
  'notice.region': '提示',
  'notice.url.badNumber': '链接把 {param} 设为“{value}”，这不是整数；已改用 {fallback}。',
  'notice.url.outOfRange':
    '链接把 {param} 设为 {value}，超出了 {minimum}–{maximum} 的范围；已改用 {fallback}。',
  'notice.url.badPadding':
    '链接把补零设为“{value}”；它只能是 valid、same 或 0 到 {maximum} 之间的整数。已改用 {fallback}。',
  'notice.url.badSelection': '链接选中的“{value}”不是本图中的单元；现在没有选中任何单元。',
  'notice.url.badVersion': '链接的版本号“{value}”无法识别；已按第 {version} 版读取。',
  'notice.url.badLanguage': '链接要求的语言“{value}”本实验室没有提供。',
  'notice.url.unknownParam': '链接中的设置“{param}”无法识别，已忽略。',
  'notice.url.impossibleLayer': '链接中的核宽度 {value} 超出了补零后的输入；已把核宽度减小为 {fallback}。',
  'notice.worker.crashed': '计算引擎意外停止，已重新启动。你的图示和设置都没有改变。',
  'notice.worker.hung': '计算引擎长时间没有响应，已重新启动。你的图示和设置都没有改变。',
  'notice.worker.failed': '计算引擎无法给出结果：{message}',
};
