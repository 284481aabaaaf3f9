/** English messages. `{name}` marks a value filled in at run time. The keys are the typed message ids. */
export const en = {
  'app.title': 'Receptive Field Lab',
  'app.tagline': 'Why convolution? Click a unit and trace what it sees and what it reaches.',
  'app.source': 'After Deep Learning (Goodfellow, Bengio & Courville), §9.2, figs. 9.2 and 9.3.',
  'app.skipToFigure': 'Skip to the figure',
  'language.label': 'Language',
  'language.en': 'English',
  'language.zh': '中文',

  'sparse.heading': 'Sparse interactions',
  'sparse.caption':
    'A convolution computes each output from a small window of neighbouring inputs (the kernel width k of them), while a dense layer, a full matrix multiplication, computes every output from every input. Select an input to see which outputs it reaches (fig. 9.2, read from the bottom up), or an output to see its receptive field (fig. 9.3, read from the top down).',
  'sparse.crossCorrelation':
    'The convolution here is cross-correlation, as in PyTorch and TensorFlow: the kernel is not flipped. Connectivity is the same either way.',
  'sparse.panel.conv': 'Convolution (kernel width {kernel})',
  'sparse.panel.dense': 'Dense: matrix multiplication',
  'sparse.graph.label':
    '{panel}: {inputs} inputs below, {outputs} outputs above. Use the arrow keys to move and Enter to select.',
  'sparse.hint': 'Click or tap a unit, or Tab into a figure and use the arrow keys and Enter. Escape clears.',

  'controls.heading': 'Layer settings',
  'controls.inputLength': 'Input length m',
  'controls.kernel': 'Kernel width k',
  'controls.stride': 'Stride',
  'controls.dilation': 'Dilation',
  'controls.padding': 'Padding',
  'controls.padding.valid': 'valid (none)',
  'controls.padding.same': 'same (TensorFlow rule)',
  'controls.padding.explicit': '{count} on each side',
  'controls.reset': 'Reset figure',
  'controls.clearSelection': 'Clear selection',

  'unit.input': 'input {index} of {total}',
  'unit.output': 'output {index} of {total}',
  'unit.selected': 'selected',
  'unit.inReceptiveField': 'in the receptive field',
  'unit.inInfluence': 'reached',

  'live.none': 'Nothing selected.',
  'live.receptive': '{panel}: {unit} sees {units}: {count} of {total} inputs.',
  'live.influence': '{panel}: {unit} reaches {units}: {count} of {total} outputs.',
  'live.receptiveAll': '{panel}: {unit} sees all {total} inputs.',
  'live.influenceAll': '{panel}: {unit} reaches all {total} outputs.',
  'live.panel.conv': 'Convolution',
  'live.panel.dense': 'Dense',
  'live.listSeparator': ', ',

  'counts.heading': 'What each layer costs',
  'counts.quantity': 'Quantity',
  'counts.conv': 'Convolution',
  'counts.dense': 'Dense',
  'counts.weights': 'Parameters (weights)',
  'counts.connections': 'Connections (non-zero weights)',
  'counts.multiplyAdds': 'Multiply-adds per example',
  'counts.note': 'Biases are left out, as in the book. m = {inputs} inputs, n = {outputs} outputs.',

  'legend.label': 'Key',
  'legend.selected': 'selected unit (solid fill)',
  'legend.receptive': 'in its receptive field (thick solid ring)',
  'legend.influence': 'reached by it (thick dashed ring)',
  'legend.faded': 'not connected (faded)',

  'figure.stale': 'These settings are not possible; the figure shows the last possible layer.',
  'figure.loading': 'Computing…',

  'issue.windowLargerThanInput':
    'The kernel spans {span} inputs (width {kernel}, dilation {dilation}) but the padded input has only {padded}. Make the kernel or dilation smaller, or add padding.',
  'issue.generic': 'Layer {layer}: the setting {path} is not valid.',

  'notice.dismiss': 'Dismiss',
  'notice.region': 'Notices',
  'notice.url.badNumber':
    'The link sets {param} to “{value}”, which is not a whole number; using {fallback}.',
  'notice.url.outOfRange': 'The link sets {param} to {value}, outside {minimum}–{maximum}; using {fallback}.',
  'notice.url.badPadding':
    'The link sets padding to “{value}”; it must be valid, same or a number from 0 to {maximum}. Using {fallback}.',
  'notice.url.badSelection':
    'The link selects “{value}”, which is not a unit of this figure; nothing is selected.',
  'notice.url.badVersion':
    'The link has version “{value}”, which this lab does not know; it was read as version {version}.',
  'notice.url.badLanguage': 'The link asks for language “{value}”, which the lab does not have.',
  'notice.url.unknownParam': 'The link has a setting “{param}” that the lab does not know; it was ignored.',
  'notice.url.impossibleLayer':
    'The link’s kernel width {value} does not fit its padded input; the kernel width was reduced to {fallback}.',
  'notice.worker.crashed':
    'The computing engine stopped and was restarted. Your figure and settings are unchanged.',
  'notice.worker.hung':
    'The computing engine stopped answering and was restarted. Your figure and settings are unchanged.',
  'notice.worker.failed': 'The computing engine could not answer: {message}',
} as const;

/** A message id. */
export type MessageKey = keyof typeof en;
