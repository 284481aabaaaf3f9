import { crossCorrelate } from './crossCorrelate';

/** A transformation of the plane: a shift by whole pixels, or a rotation about the image's centre. */
export type ImageTransform = { kind: 'shift'; dx: number; dy: number } | { kind: 'rotate'; degrees: number };

/** Where an image's pixel (0, 0) sits, in the world coordinates both images share (x right, y down). */
type Origin = readonly [x: number, y: number];

/** cos and sin of an angle in degrees, exact at multiples of 90°. */
function cosSin(degrees: number): [number, number] {
  const turn = ((degrees % 360) + 360) % 360;
  if (turn % 90 === 0)
    return [
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ][turn / 90] as [number, number];
  const radians = (turn * Math.PI) / 180;
  return [Math.cos(radians), Math.sin(radians)];
}

/** T⁻¹ as a function of a world point, for a rotation about `centre`. */
function inverse(transform: ImageTransform, centre: Origin): (x: number, y: number) => [number, number] {
  if (transform.kind === 'shift') return (x, y) => [x - transform.dx, y - transform.dy];
  const [cos, sin] = cosSin(transform.degrees);
  // T(p) = C + R(p − C) with R = [[cos, −sin], [sin, cos]]; T⁻¹(p) = C + Rᵀ(p − C).
  return (x, y) => {
    const u = x - centre[0];
    const v = y - centre[1];
    return [centre[0] + cos * u + sin * v, centre[1] - sin * u + cos * v];
  };
}

/** Bilinear sample at (col, row) in pixel units; zero outside the image (each missing neighbour counts 0). */
function sample(values: Float32Array, height: number, width: number, col: number, row: number): number {
  const c0 = Math.floor(col);
  const r0 = Math.floor(row);
  const fc = col - c0;
  const fr = row - r0;
  const at = (r: number, c: number) =>
    r >= 0 && r < height && c >= 0 && c < width ? values[r * width + c] : 0;
  if (fc === 0 && fr === 0) return at(r0, c0);
  return (
    (1 - fr) * ((1 - fc) * at(r0, c0) + fc * at(r0, c0 + 1)) +
    fr * ((1 - fc) * at(r0 + 1, c0) + fc * at(r0 + 1, c0 + 1))
  );
}

/**
 * The image T(I): each pixel takes I's value at T⁻¹ of its position (bilinear, zero outside I), on
 * the same grid. `origin` places the image in world coordinates; rotations turn about `centre`.
 * A whole-pixel shift copies values exactly.
 */
export function transformImage(
  values: Float32Array,
  size: readonly number[],
  transform: ImageTransform,
  centre: Origin,
  origin: Origin = [0, 0],
): Float32Array {
  const [height, width] = size;
  const back = inverse(transform, centre);
  const out = new Float32Array(height * width);
  for (let row = 0; row < height; row += 1) {
    for (let col = 0; col < width; col += 1) {
      const [x, y] = back(col + origin[0], row + origin[1]);
      out[row * width + col] = sample(values, height, width, x - origin[0], y - origin[1]);
    }
  }
  return out;
}

/** f(T(x)) against T(f(x)) for a valid, stride-1 cross-correlation f of an image and a transform T. */
export interface ImageEquivariance {
  /** T(x), on the image's grid. */
  transformed: Float32Array;
  /** f(T(x)) and T(f(x)), on the map's grid, and their difference. */
  filteredAfter: Float32Array;
  transformedAfter: Float32Array;
  difference: Float32Array;
  /** `[height, width]` of the map. */
  mapSize: [number, number];
  /** One byte per map pixel: 1 where neither side reads anything from outside the image (the borders excluded). */
  interior: Uint8Array;
  /** Largest |difference| over the interior, and over the whole map. */
  largestInterior: number;
  largestOverall: number;
  /** Mean |difference| over the interior. */
  meanInterior: number;
  /** Largest |f(x)|: the map's own scale, to read the difference against. */
  scale: number;
}

/**
 * Checks translation equivariance in 2D: with a whole-pixel shift the two orders agree exactly away
 * from the borders (where the shift brings in zeros); a rotation does not commute with a kernel
 * that is not symmetric under it, and the difference is measured.
 */
export function imageEquivariance(
  image: Float32Array,
  size: readonly number[],
  kernel: Float32Array,
  kernelSize: readonly number[],
  transform: ImageTransform,
): ImageEquivariance {
  const [height, width] = size;
  const [kh, kw] = kernelSize;
  const centre: Origin = [(width - 1) / 2, (height - 1) / 2];
  // Output (r, c) of a valid window sits at the middle of its taps.
  const mapOrigin: Origin = [(kw - 1) / 2, (kh - 1) / 2];
  const transformed = transformImage(image, size, transform, centre);
  const geometry = { kernel: [kh, kw] };
  const after = crossCorrelate(transformed, [height, width], kernel, geometry);
  const mapSize = after.size as [number, number];
  const mapped = crossCorrelate(image, [height, width], kernel, geometry).values;
  const transformedAfter = transformImage(mapped, mapSize, transform, centre, mapOrigin);
  const back = inverse(transform, centre);
  const inside = (x: number, y: number, maxX: number, maxY: number) =>
    x >= 0 && y >= 0 && x <= maxX && y <= maxY;
  const units = mapSize[0] * mapSize[1];
  const difference = new Float32Array(units);
  const interior = new Uint8Array(units);
  let largestInterior = 0;
  let largestOverall = 0;
  let total = 0;
  let count = 0;
  for (let row = 0; row < mapSize[0]; row += 1) {
    for (let col = 0; col < mapSize[1]; col += 1) {
      const index = row * mapSize[1] + col;
      const delta = after.values[index] - transformedAfter[index];
      difference[index] = delta;
      const magnitude = Math.abs(delta);
      largestOverall = Math.max(largestOverall, magnitude);
      // T(f(x)) reads f(x) inside the map, and every tap of f(T(x)) reads x inside the image.
      const [mx, my] = back(col + mapOrigin[0], row + mapOrigin[1]);
      let clear = inside(mx - mapOrigin[0], my - mapOrigin[1], mapSize[1] - 1, mapSize[0] - 1);
      for (let i = 0; clear && i < kh; i += 1) {
        for (let j = 0; clear && j < kw; j += 1) {
          const [x, y] = back(col + j, row + i);
          clear = inside(x, y, width - 1, height - 1);
        }
      }
      if (clear) {
        interior[index] = 1;
        largestInterior = Math.max(largestInterior, magnitude);
        total += magnitude;
        count += 1;
      }
    }
  }
  let scale = 0;
  for (const value of mapped) scale = Math.max(scale, Math.abs(value));
  return {
    transformed,
    filteredAfter: after.values,
    transformedAfter,
    difference,
    mapSize,
    interior,
    largestInterior,
    largestOverall,
    meanInterior: count > 0 ? total / count : 0,
    scale,
  };
}
