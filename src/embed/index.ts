export { EMBED_FORMATS, type EmbedFormat, embedSnippet, labAddress } from './embedSnippet';
export { fitToFrame } from './fitToFrame';
export type { HeightMessage } from './heightMessage';
export { HEIGHT_MESSAGE_TYPE, reportHeight } from './heightMessage';
export { showVerdict } from './showVerdict';
