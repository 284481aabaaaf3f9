import type { Message } from '../translate';

/** The embed dialog's texts (loaded with its code when a teacher first opens it), in English. */
export const embedViewEn = {
  'embed.heading': 'Embed this figure',
  'embed.instructions':
    'Paste this into a course page. It shows this figure exactly as it is now; the note under “For” says how its height is set.',
  'embed.snippetLabel': 'Embed code',
  'embed.format': 'For',
  'embed.format.html': 'A web page (HTML)',
  'embed.format.markdown': 'Markdown with HTML (HonKit, MkDocs, Jupyter Book)',
  'embed.format.reveal': 'A reveal.js slide',
  'embed.format.jupyter': 'A Jupyter notebook cell (Python)',
  'embed.formatNote.html': 'The frame sizes itself to the figure.',
  'embed.formatNote.markdown':
    'Markdown renderers often drop scripts, so the frame keeps the height the figure has now.',
  'embed.formatNote.reveal':
    'Paste the section among your slides: the frame is as wide as the slide and 16:9, and the figure shows as a slide does, its drawing and legend scaled to fit, its settings folded away. No script is needed.',
  'embed.formatNote.jupyter': 'Run the cell: the figure shows below it, at the height it has now.',
  'embed.measuring': 'Measuring the embedded figure',
  'embed.column': 'Width of your page’s column (px)',
  'embed.columnMeasured':
    'In a column {width} px wide the figure needs a frame {height} px tall; the code has that height.',
  'embed.theme': 'Colours',
  'embed.theme.light': 'Light (for a light course page)',
  'embed.theme.dark': 'Dark (for a dark course page)',
  'embed.theme.auto': 'As the reader’s system is set',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied.',
  'embed.copyFailed': 'Could not copy; select the code and copy it by hand.',
  'embed.close': 'Close',
  'embed.preview': 'Open the embedded view',
  'embed.askFirst': 'Predict first',
  'embed.asks': 'The embedded figure asks: {question}',
  'embed.asks.otherUnit': 'To ask about another unit, select it in the figure before opening this dialog.',
  'embed.askFirst.none': 'no question: students explore',
  'embed.askFirst.note':
    'With a question, students mark their answer and then check it against the exact one; the link holds the question, never its answer.',
  'embed.frameTitle': 'Receptive Field Lab: {figure}',
} as const;

/** The embed dialog's texts, in Chinese. */
export const embedViewZh: Record<keyof typeof embedViewEn, Message> = {
  'embed.heading': '嵌入这张图',
  'embed.instructions':
    '把下面的代码粘贴到课程页面中。它会按现在的样子显示这张图；高度如何确定，见“用于”下方的说明。',
  'embed.snippetLabel': '嵌入代码',
  'embed.format': '用于',
  'embed.format.html': '网页（HTML）',
  'embed.format.markdown': '支持 HTML 的 Markdown（HonKit、MkDocs、Jupyter Book）',
  'embed.format.reveal': 'reveal.js 幻灯片',
  'embed.format.jupyter': 'Jupyter 笔记本单元格（Python）',
  'embed.formatNote.html': '框架会自动适应图的高度。',
  'embed.formatNote.markdown': 'Markdown 渲染器常会去掉脚本，所以框架保持图现在的高度。',
  'embed.formatNote.reveal':
    '把 section 放进幻灯片中即可：框架与幻灯片同宽、比例 16:9，图以幻灯片的样式显示，只保留图示和图例并缩放到刚好放下，设置收起。不需要脚本。',
  'embed.formatNote.jupyter': '运行这个单元格，图就显示在它下面，高度为图现在的高度。',
  'embed.measuring': '正在测量嵌入的图',
  'embed.column': '你的页面正文栏宽（px）',
  'embed.columnMeasured': '在 {width} px 宽的正文栏里，这张图需要 {height} px 高的框架；代码已用这个高度。',
  'embed.theme': '配色',
  'embed.theme.light': '浅色（适合浅色课程页面）',
  'embed.theme.dark': '深色（适合深色课程页面）',
  'embed.theme.auto': '跟随读者的系统设置',
  'embed.copy': '复制',
  'embed.copied': '已复制。',
  'embed.copyFailed': '无法自动复制；请选中代码后手动复制。',
  'embed.close': '关闭',
  'embed.preview': '打开嵌入视图',
  'embed.askFirst': '先预测',
  'embed.asks': '嵌入的图会问：{question}',
  'embed.asks.otherUnit': '想问另一个单元，请先在图中选中它，再打开这个对话框。',
  'embed.askFirst.none': '不出题：学生自由探索',
  'embed.askFirst.note': '出题时，学生先标出自己的答案，再与精确答案核对；链接里只有题目，不含答案。',
  'embed.frameTitle': '感受野实验室：{figure}',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof embedViewEn, true> {}
}
