import type { SignalTransform } from '../engine';
import { defineScene, type Text } from './sceneTypes';

/** Kernels the equivariance figure offers, by name; each is applied as a cross-correlation. */
export const EQUIVARIANCE_KERNELS = {
  edge: [-1, 1],
  smooth: [0.25, 0.5, 0.25],
  bump: [-0.5, 1, -0.5],
} as const satisfies Record<string, readonly number[]>;

/** Length of the figure's time series. */
export const EQUIVARIANCE_LENGTH = 40;

/**
 * The figure's time series: one event (a rise, a plateau and a fall) starting at `start`, and
 * slow trends at both ends, so that a shift pushes real samples past a border; values in 0…1.
 */
export function equivarianceSignal(start: number): Float32Array {
  const event = [0.35, 0.8, 1, 1, 0.6, 0.2];
  const signal = new Float32Array(EQUIVARIANCE_LENGTH);
  event.forEach((value, offset) => {
    if (start + offset < EQUIVARIANCE_LENGTH) signal[start + offset] = value;
  });
  // A level falling away at the start and a trend rising at the end: samples a shift can push out.
  [0.5, 0.4, 0.3, 0.2, 0.1].forEach((value, position) => {
    signal[position] = value;
  });
  for (let back = 1; back <= 7; back += 1) signal[EQUIVARIANCE_LENGTH - back] = 0.8 - 0.1 * back;
  return signal;
}

/** The figure's transform from its settings: a shift by `shift` samples, or a stretch to twice the length. */
function signalTransform(params: { transform: string; shift: number }): SignalTransform {
  return params.transform === 'stretch'
    ? { kind: 'stretch', factor: 2 }
    : { kind: 'shift', offset: params.shift };
}

/** Where the event starts before any shift. */
export const EQUIVARIANCE_EVENT_START = 12;

/** Equivariance in 1D: shift a time series and its convolution shifts the same way; stretch it and it does not. */
export const equivarianceScene = defineScene({
  id: 'equivariance',
  book: { section: '9.2', figures: [] },
  heading: 'equivariance.heading',
  caption: 'equivariance.caption',
  // An input sample can be picked, to trace where it lands in both orders.
  selectable: true,
  // The text's example: I′(x) = I(x − 1), every sample moved one step to the right.
  asInTheBook: { params: { transform: 'shift', shift: 1 } },
  params: {
    transform: {
      kind: 'choice',
      label: 'controls.transform',
      options: ['shift', 'stretch'],
      optionPrefix: 'controls.transform',
    },
    shift: {
      kind: 'integer',
      label: 'controls.shift',
      minimum: -12,
      maximum: 12,
      active: { when: (params) => params.transform === 'shift', note: 'controls.shift.inactive' },
    },
    kernelName: {
      kind: 'choice',
      label: 'controls.kernelName',
      options: ['edge', 'smooth', 'bump'],
      optionPrefix: 'controls.kernelName',
    },
  },
  defaults: { transform: 'shift', shift: 5, kernelName: 'edge' },
  panels: (params) => [
    {
      id: 'signal',
      title: { key: 'equivariance.title.inputs' },
      spec: {
        input: { size: EQUIVARIANCE_LENGTH },
        layers: [{ kind: 'conv', kernel: EQUIVARIANCE_KERNELS[params.kernelName].length, padding: 'same' }],
      },
      letters: ['x', 's'],
      connections: false,
    },
  ],
  repair: (params) => ({ params, changes: [] }),
  computation: (params) => ({
    kind: 'equivariance',
    payload: {
      input: equivarianceSignal(EQUIVARIANCE_EVENT_START),
      kernel: Float32Array.from(EQUIVARIANCE_KERNELS[params.kernelName]),
      transform: signalTransform(params),
    },
  }),
  // Whether the two orders agree, for the kernels and transforms the figure offers.
  questions: {
    kinds: ['commute'],
    commuteCases: [
      { transform: 'shift', shift: 5, kernelName: 'edge' },
      { transform: 'stretch', kernelName: 'edge' },
      { transform: 'shift', shift: -8, kernelName: 'smooth' },
      { transform: 'stretch', kernelName: 'smooth' },
      { transform: 'shift', shift: 3, kernelName: 'bump' },
      { transform: 'stretch', kernelName: 'bump' },
    ],
    commuteCase: (params) => ({
      domain: 'signal',
      kernel: EQUIVARIANCE_KERNELS[params.kernelName],
      transform: signalTransform(params),
    }),
    commuteText: (params) => {
      const transform: Text =
        params.transform === 'stretch'
          ? { key: 'predict.transform.stretchSignal' }
          : { key: 'predict.transform.shiftSignal', values: { offset: params.shift } };
      return { transform, kernel: { key: `controls.kernelName.${params.kernelName}` } };
    },
  },
});
