import type { Message } from '../translate';

/**
 * Notices: what a link, a file or the engine got wrong and what the lab did instead (loaded when
 * the first notice is shown), in English.
 */
export const noticesEn = {
  'notice.key': '“{label}” ({key})',
  'notice.url.badNumber':
    '{source} sets {param} to “{value}”, which is not a whole number; using {fallback}.',
  'notice.url.outOfRange': '{source} sets {param} to {value}, outside {minimum}–{maximum}; using {fallback}.',
  'notice.url.badPadding':
    '{source} sets {param} to “{value}”; padding must be valid, same or a number from 0 to {maximum}. Using {fallback}.',
  'notice.url.badChoice': '{source} sets {param} to “{value}”; the choices are {options}. Using {fallback}.',
  'notice.url.badToggle': '{source} sets {param} to “{value}”; it must be 1 or 0. Using {fallback}.',
  'notice.url.badSelection':
    '{source} selects “{value}” ({param}), which is not a unit of that figure; nothing is selected.',
  'notice.url.badVersion':
    '{source} has version “{value}”, which this lab does not know; it was read as version {version}.',
  'notice.url.badLanguage': '{source} asks for language “{value}”, which the lab does not have.',
  'notice.url.badEmbed':
    '{source} asks to embed “{value}”, which is not a figure of the lab; the whole page is shown.',
  'notice.url.unknownParam': '{source} has a setting “{param}” that the lab does not know; it was ignored.',
  'notice.url.presetIgnored':
    '{source} gives both {param} and a network of its own ({network}); the network is used.',
  'notice.url.badView':
    '{source} asks for view “{value}”; only an embedded figure (embed=…) has a view, “figure”. It is shown whole.',
  'notice.url.badTheme':
    '{source} asks for colours “{value}”; the choices are light, dark and auto. The colours follow the system.',
  'notice.url.repeated': '{source} sets {param} {count} times; the first value, “{value}”, is used.',
  'notice.source.link': 'The link',
  'notice.showMore': 'Show them',
  'notice.hideMore': 'Hide them',
  'notice.source.file': 'The file',
  'notice.file.notJson': 'That file is not JSON, so it holds no figure settings; nothing was changed.',
  'notice.file.notLab': 'That file is not a figure’s settings saved by this lab; nothing was changed.',
  'notice.file.otherFigure':
    'That file holds the settings of figure “{other}”, not this one; nothing was changed. Open it in its own figure.',
  'notice.file.otherSetting':
    'The file has a setting “{param}” that is not one of this figure’s; it was ignored.',
  'notice.more': {
    one: '…and {count} more notice, not shown.',
    other: '…and {count} more notices, not shown.',
  },
  'notice.url.impossibleLayer':
    '{source} gives figure “{figure}” a kernel width {value} that does not fit its padded input; it was reduced to {fallback}.',
  'notice.url.badWeight':
    '{source} picks weight {value}, but the kernel has only {fallback}; the last weight is picked.',
  'notice.url.badLayerList':
    '{source} sets {param} to “{value}”, which is not a list of layer numbers such as 2,10,17; using {fallback}.',
  'notice.url.badIntegers':
    '{source} sets {param} to “{value}”, which is not {length} whole numbers from {minimum} to {maximum} separated by commas; using {fallback}.',
  'notice.url.badMatrix':
    '{source} sets {param} to “{value}”, which is not a kernel of up to {rows} rows of up to {cols} numbers (numbers separated by “,” and rows by “;”); using {fallback}.',
  'notice.worker.crashed':
    'The computing engine stopped and was restarted. Your figures and settings are unchanged.',
  'notice.worker.hung':
    'The computing engine stopped answering and was restarted. Your figures and settings are unchanged.',
  'notice.worker.failed': 'The computing engine could not answer: {message}',
  'notice.export.failed': 'The figure could not be exported: {message}',
} as const;

/** Notices, in Chinese. */
export const noticesZh: Record<keyof typeof noticesEn, Message> = {
  'notice.key': '“{label}”（{key}）',
  'notice.url.badNumber': '{source}把 {param} 设为“{value}”，这不是整数；已改用 {fallback}。',
  'notice.url.outOfRange':
    '{source}把 {param} 设为 {value}，超出了 {minimum}–{maximum} 的范围；已改用 {fallback}。',
  'notice.url.badPadding':
    '{source}把 {param} 设为“{value}”；补零只能是 valid、same 或 0 到 {maximum} 之间的整数。已改用 {fallback}。',
  'notice.url.badChoice': '{source}把 {param} 设为“{value}”；可选值为 {options}。已改用 {fallback}。',
  'notice.url.badToggle': '{source}把 {param} 设为“{value}”；它只能是 1 或 0。已改用 {fallback}。',
  'notice.url.badSelection': '{source}选中的“{value}”（{param}）不是该图中的单元；现在没有选中任何单元。',
  'notice.url.badVersion': '{source}的版本号“{value}”无法识别；已按第 {version} 版读取。',
  'notice.url.badLanguage': '{source}要求的语言“{value}”本实验室没有提供。',
  'notice.url.badEmbed': '{source}要求嵌入的“{value}”不是本实验室的图；现在显示整个页面。',
  'notice.url.unknownParam': '{source}中的设置“{param}”无法识别，已忽略。',
  'notice.url.presetIgnored': '{source}同时给出了 {param} 和自带的网络（{network}）；已采用自带的网络。',
  'notice.url.badView':
    '{source}要求的视图“{value}”无法使用；只有嵌入的图（embed=…）才有“figure”视图。已完整显示。',
  'notice.url.badTheme': '{source}要求的配色“{value}”无法识别；可选 light、dark 和 auto。已按系统设置显示。',
  'notice.url.repeated': '{source}把 {param} 设了 {count} 次；已采用第一个值“{value}”。',
  'notice.source.link': '链接',
  'notice.showMore': '显示这些通知',
  'notice.hideMore': '收起',
  'notice.source.file': '文件',
  'notice.file.notJson': '这个文件不是 JSON，不包含图的设置；没有做任何改动。',
  'notice.file.notLab': '这个文件不是本实验室保存的图设置；没有做任何改动。',
  'notice.file.otherFigure':
    '这个文件保存的是图“{other}”的设置，不是这张图的；没有做任何改动。请在那张图中打开它。',
  'notice.file.otherSetting': '文件中的设置“{param}”不属于这张图，已忽略。',
  'notice.more': '……另有 {count} 条通知未显示。',
  'notice.url.impossibleLayer':
    '在图“{figure}”中，{source}给出的核宽度 {value} 超出了补零后的输入；已减小为 {fallback}。',
  'notice.url.badWeight': '{source}选择了第 {value} 个权重，但卷积核只有 {fallback} 个；已改选最后一个权重。',
  'notice.url.badLayerList':
    '{source}把 {param} 设为“{value}”，这不是形如 2,10,17 的层号列表；已改用 {fallback}。',
  'notice.url.badIntegers':
    '{source}把 {param} 设为“{value}”，这不是用逗号分隔的 {length} 个 {minimum} 到 {maximum} 之间的整数；已改用 {fallback}。',
  'notice.url.badMatrix':
    '{source}把 {param} 设为“{value}”，这不是一个最多 {rows} 行、每行最多 {cols} 个数的卷积核（数之间用“,”分隔，行之间用“;”分隔）；已改用 {fallback}。',
  'notice.worker.crashed': '计算引擎意外停止，已重新启动。你的图示和设置都没有改变。',
  'notice.worker.hung': '计算引擎长时间没有响应，已重新启动。你的图示和设置都没有改变。',
  'notice.worker.failed': '计算引擎无法给出结果：{message}',
  'notice.export.failed': '无法导出这张图：{message}',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof noticesEn, true> {}
}
