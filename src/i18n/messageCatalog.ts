/**
 * Every message key of the lab. Each messages file adds its own keys to this interface (a
 * `declare module './messageCatalog'` block beside its English messages), so a new figure's
 * messages are typed the moment its file exists, with no list to extend.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from each messages file.
export interface MessageCatalog {}

/** A message id: a key of some messages file. */
export type MessageKey = keyof MessageCatalog & string;
