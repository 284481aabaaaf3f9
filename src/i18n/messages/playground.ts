import type { Message } from '../translate';

/** Section 3, the network playground, what the page needs before the figure loads: English. */
export const playgroundEn = {
  'playground.heading': 'Receptive fields in real networks',
  'playground.caption':
    'A network used in practice, or one of your own, layer by layer. An image network is drawn as grids over the input photo, a cell per unit centred on the part of the picture that unit sees, so deeper layers are coarser grids; a 1D network as rows of units. The selected unit’s exact receptive field lights on every layer below it, and the units it reaches light on every layer above.',
  'playground.panel': 'The network',
  'controls.photo': 'Photo',
  'controls.photo.inactive': 'Only for a 2D network: a 1D one has no picture.',
  'controls.photo.chelsea': 'a cat (Chelsea)',
  'controls.photo.coffee': 'a cup of coffee',
  'controls.photo.astronaut': 'an astronaut (Eileen Collins)',
  'notice.url.networkCut': {
    one: '{source} holds a network with a problem: {detail} The {count} layer before it is kept.',
    other: '{source} holds a network with a problem: {detail} The {count} layers before it are kept.',
  },
  'notice.url.networkInputOnly':
    '{source} holds a network with a problem in its first layer: {detail} Only its input is shown; add layers in the editor.',
  'notice.url.networkReplaced':
    '{source} holds a network that cannot be used: {detail} ResNet-50 is shown instead.',
  'notice.url.badNetwork':
    '{source} holds a network ({param}) that is not readable JSON; the figure’s default network is shown.',
  'notice.url.badLayers':
    '{source} asks to draw layers {value}, but the network has only {layers} layers; those were left out.',
  'notice.photo.failed': 'The photo “{photo}” could not be loaded; the grids are drawn without it.',
} as const;

/** Section 3, the network playground, what the page needs before the figure loads: Chinese. */
export const playgroundZh: Record<keyof typeof playgroundEn, Message> = {
  'playground.heading': '真实网络中的感受野',
  'playground.caption':
    '一个实际使用的网络（或你自己搭的网络），逐层展示。图像网络的每一层都画成叠在输入照片上的网格：每个单元占一格，格子的中心就是这个单元“看到”的那片画面的中心，所以越深的层网格越粗；一维网络则画成一行行的单元。选中单元的精确感受野（receptive field）在它下面的每一层亮起，它能影响到的单元在上面各层亮起。',
  'playground.panel': '网络',
  'controls.photo': '照片',
  'controls.photo.inactive': '只用于二维网络：一维网络没有图片。',
  'controls.photo.chelsea': '一只猫（Chelsea）',
  'controls.photo.coffee': '一杯咖啡',
  'controls.photo.astronaut': '一位宇航员（Eileen Collins）',
  'notice.url.networkCut': '{source}中的网络有问题：{detail} 保留了出问题之前的 {count} 层。',
  'notice.url.networkInputOnly':
    '{source}中的网络第一层就有问题：{detail} 现在只显示它的输入，可在编辑器中添加层。',
  'notice.url.networkReplaced': '{source}中的网络无法使用：{detail} 现在改为显示 ResNet-50。',
  'notice.url.badNetwork': '{source}中的网络（{param}）不是可以读取的 JSON；现在显示本图默认的网络。',
  'notice.url.badLayers': '{source}要求画出第 {value} 层，但这个网络只有 {layers} 层；这些层已略去。',
  'notice.photo.failed': '照片“{photo}”无法载入；网格将不带照片画出。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof playgroundEn, true> {}
}
