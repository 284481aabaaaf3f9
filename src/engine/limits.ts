/** Largest extent of one axis of any layer, in units. */
export const MAX_AXIS_SIZE = 1_048_576;

/** Largest number of units (positions, channels excluded) in one layer. */
export const MAX_LAYER_UNITS = 4_194_304;

/**
 * Largest number of units in a whole network, all layers together: a traced field is one byte per
 * unit, and 16 MiB is what a page can send and draw at once.
 */
export const MAX_NETWORK_UNITS = 16_777_216;

/** Largest number of layers after the input. */
export const MAX_LAYERS = 256;

/** Largest kernel extent, tile count, stride, dilation or padding on one axis. */
export const MAX_WINDOW_VALUE = 4_096;

/** Largest channel count of one layer. */
export const MAX_CHANNELS = 65_536;
