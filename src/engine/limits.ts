/** Largest extent of one axis of any layer, in units. */
export const MAX_AXIS_SIZE = 1_048_576;

/** Largest number of units (positions, channels excluded) in one layer. */
export const MAX_LAYER_UNITS = 4_194_304;

/** Largest number of layers after the input. */
export const MAX_LAYERS = 256;

/** Largest kernel extent, tile count, stride, dilation or padding on one axis. */
export const MAX_WINDOW_VALUE = 4_096;

/** Largest channel count of one layer. */
export const MAX_CHANNELS = 65_536;
