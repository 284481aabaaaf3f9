/** Problems with a network spec, one message per engine issue code: English. `{where}` names the layer. */
export const issuesEn = {
  'issue.where.input': 'Input',
  'issue.where.layer': 'Layer {layer}',
  'issue.where.network': 'The network',
  'issue.notAnObject':
    '{where} must be a JSON object (with a “kind” for a layer, “input” and “layers” for a network).',
  'issue.missingField': '{where}: “{field}” is required.',
  'issue.unknownField': '{where}: the lab does not know the field “{field}”.',
  'issue.unknownKind': '{where}: the kind “{kind}” is not one of conv, local, tiled, pool or dense.',
  'issue.notAnInteger': '{where}: {field} must be a whole number, or one whole number per axis.',
  'issue.outOfRange': '{where}: {field} {value} is outside {minimum}–{maximum}.',
  'issue.wrongAxisCount': '{where}: {field} has {actual} values but needs {expected}, one per axis.',
  'issue.invalidPadding': '{where}: padding “{value}” must be valid, same, or a number of units.',
  'issue.invalidOp': '{where}: a pooling layer’s op must be max or avg, not “{value}”.',
  'issue.windowLargerThanInput':
    '{where}: the kernel{axis} spans {span} inputs ({kernel} taps, dilation {dilation}) but its padded input has only {padded}. Make the kernel or dilation smaller, or add padding.',
  'issue.axis.height': ' (height)',
  'issue.axis.width': ' (width)',
  'issue.tooManyUnits': '{where} would have {units} units; the lab handles at most {maximum}.',
  'issue.tooManyLayers': '{where} has {count} layers; the lab handles at most {maximum}.',
  'issue.networkTooLarge':
    '{where} brings the network to {units} units in all; the lab handles at most {maximum} across all layers.',
  'issue.groupsMismatch':
    '{where}: {groups} channel groups must divide both its {inputChannels} input channels and its {outputChannels} output channels.',
  'issue.invalidId': '{where}: a layer id is at most {maximum} letters, digits or _ . / -, and not “input”.',
  'issue.duplicateId': '{where}: the id “{value}” is already used by an earlier layer.',
  'issue.invalidUnit': '{where}: there is no such unit.',
} as const;

/** Problems with a network spec: Chinese. */
export const issuesZh: Record<keyof typeof issuesEn, string> = {
  'issue.where.input': '输入',
  'issue.where.layer': '第 {layer} 层',
  'issue.where.network': '网络',
  'issue.notAnObject': '{where}必须是一个 JSON 对象（层要有 “kind”，网络要有 “input” 和 “layers”）。',
  'issue.missingField': '{where}：缺少必填字段 “{field}”。',
  'issue.unknownField': '{where}：本实验室不认识字段 “{field}”。',
  'issue.unknownKind': '{where}：类型 “{kind}” 不是 conv、local、tiled、pool、dense 之一。',
  'issue.notAnInteger': '{where}：{field} 必须是整数，或者每个轴一个整数。',
  'issue.outOfRange': '{where}：{field} 为 {value}，超出了 {minimum}–{maximum} 的范围。',
  'issue.wrongAxisCount': '{where}：{field} 有 {actual} 个值，但需要 {expected} 个，每个轴一个。',
  'issue.invalidPadding': '{where}：补零 “{value}” 只能是 valid、same 或单元个数。',
  'issue.invalidOp': '{where}：池化层的 op 只能是 max 或 avg，不能是 “{value}”。',
  'issue.windowLargerThanInput':
    '{where}：卷积核{axis}覆盖 {span} 个输入（{kernel} 个抽头，膨胀 {dilation}），但补零后的输入只有 {padded} 个。请减小卷积核或膨胀，或者增加补零。',
  'issue.axis.height': '（高）',
  'issue.axis.width': '（宽）',
  'issue.tooManyUnits': '{where}将有 {units} 个单元；本实验室每层最多处理 {maximum} 个。',
  'issue.tooManyLayers': '{where}有 {count} 层；本实验室最多处理 {maximum} 层。',
  'issue.networkTooLarge':
    '{where}使整个网络的单元总数达到 {units} 个；本实验室所有层合计最多处理 {maximum} 个。',
  'issue.groupsMismatch':
    '{where}：{groups} 个通道组必须同时整除 {inputChannels} 个输入通道和 {outputChannels} 个输出通道。',
  'issue.invalidId': '{where}：层的 id 最多 {maximum} 个字母、数字或 _ . / -，且不能是 “input”。',
  'issue.duplicateId': '{where}：id “{value}” 已被前面的层使用。',
  'issue.invalidUnit': '{where}：没有这个单元。',
};
