import type { Message } from '../translate';

/** Section 5, edges on a real photo: the figure's own views (loaded with the figure), English. */
export const edgesViewEn = {
  'edges.hint':
    'Click or tap a pixel of the edge map (or of the photo), or Tab into either and use the arrow keys and Enter. Hovering previews. Zoom with the + and − keys, Ctrl + wheel or a pinch; drag to pan. Rows and columns count from 0 at the top left.',
  'edges.hint.touch':
    'Tap a pixel of the edge map (or of the photo) to read it out. Pinch to zoom, and drag with one finger once zoomed in. Rows and columns count from 0 at the top left.',
  'edges.photo.title': 'Input x: {name}, {width} × {height}',
  'edges.map.title': 'Edge map y, {width} × {height}',
  'edges.grid.label': '{title}. Arrow keys move, Enter selects, Escape clears.',
  'edges.grid.cell': 'row {row}, column {col}',
  'edges.legend.title': 'Edge map colours',
  'edges.legend.signed': '{low}: darker to the right · 0: no change · {high}: brighter to the right',
  'edges.legend.signedGeneral': '{low}: most negative · 0 · {high}: most positive',
  'edges.legend.magnitude': '0: no edge · {high}: strongest edge',
  'edges.live.none': 'Select an output pixel of the edge map, or a pixel of the photo, to read it out.',
  'edges.live.selected': 'Selected',
  'edges.live.previewing': 'Previewing',
  'edges.live.output': '{state}: {equation}.',
  'edges.live.magnitude': 'The map shows its absolute value, |y| = {value}.',
  'edges.live.outputField': {
    one: 'It reads {count} input pixel, lit on the photo and magnified below.',
    other: 'It reads {count} input pixels, lit on the photo and magnified below.',
  },
  'edges.live.outputFieldZeros':
    'Its window covers {count} input pixels, lit on the photo and magnified below; this kernel gives {zeros} of them the weight 0.',
  'edges.live.input': {
    one: '{state}: {pixel} = {value} feeds {count} output: {outputs}.',
    other: '{state}: {pixel} = {value} feeds {count} outputs: {outputs}.',
  },
  'edges.live.inputNone': '{state}: {pixel} = {value} feeds no output: no window of this kernel covers it.',
  'edges.inset.title': 'Magnified around the selection, with each pixel’s value',
  'edges.inset.label': 'Pixels around {name}; the receptive field is outlined.',
  'edges.row.title': 'The selected output’s row of the layer’s matrix',
  'edges.row.sparse': {
    one: 'Convolution, stored sparsely: {count} non-zero among {entries} entries (column {columns}).',
    other: 'Convolution, stored sparsely: {count} non-zeros among {entries} entries (columns {columns}).',
  },
  'edges.row.sparseZeros':
    'Convolution, stored sparsely: {stored} entries among {entries}, one per pixel of the window; {count} of them are non-zero with this kernel (columns {columns}).',
  'edges.row.dense': 'Dense layer: {entries} weights in this row, each a parameter of its own.',
  'edges.row.zoom': 'Entries {first} … {last}, magnified',
  'edges.counts.title':
    'What this layer costs, counted for a {width} × {height} image (W = {width}, H = {height}) and a kernel of {kh} row × {kw} columns',
  'edges.count.outputs': 'Outputs',
  'edges.count.conv-flops': 'Convolution: operations',
  'edges.count.sparse-nonzeros': 'Matrix stored sparsely: entries kept',
  'edges.count.dense-entries': 'Dense layer: matrix entries',
  'edges.count.dense-flops': 'Dense layer: operations',
  'edges.count.flops-ratio': 'Dense operations per convolution operation',
  'edges.count.formula': 'Formula',
  'edges.count.value': 'Count',
  'edges.count.what': 'What',
  'edges.time.conv': 'The convolution took {ms} ms in the worker.',
  'edges.dense.title': 'The dense layer, run for real',
  'edges.dense.explain': {
    one: 'The same map as a dense layer: {multiplyAdds} multiply-adds, in {count} background thread of this browser. Each output’s matrix row is written out when it is needed and dropped after, so the whole matrix ({size}) is never stored.',
    other:
      'The same map as a dense layer: {multiplyAdds} multiply-adds, in {count} background threads of this browser. Each output’s matrix row is written out when it is needed and dropped after, so the whole matrix ({size}) is never stored.',
  },
  'edges.dense.run': 'Run the dense layer for real',
  'edges.duration.ms': '{value} ms',
  'edges.duration.s': '{value} s',
  'edges.dense.cancel': 'Cancel',
  'edges.dense.progress': 'Dense layer: {percent} done',
  'edges.dense.progressText': '{percent} done · {elapsed} s so far · about {remaining} s left',
  'edges.dense.progressStart': '{percent} done · {elapsed} s so far',
  'edges.dense.cancelled': 'Cancelled after {elapsed} s. The figure is as it was.',
  'edges.dense.done': {
    one: 'Done in {wall} on {count} worker: {work} of computing, {rate} multiply-adds per second.',
    other:
      'Done in {wall} on {count} workers: {work} of computing in all, {rate} multiply-adds per second per worker.',
  },
  'edges.dense.compare':
    'The convolution took {conv} ms. The dense layer’s computing took {measured}× as long; the counts predict {predicted}×.',
  'edges.dense.difference': 'Largest difference between the two maps: {difference}.',
  'edges.dense.stale': 'This result is for the previous image or kernel.',
  'edges.dense.changed':
    'Stopped after {elapsed} s: the image or the kernel changed. Run it again for the new one.',
  'edges.dense.failed': 'The dense run stopped: {message}',
  'edges.custom.title': 'Your kernel',
  'edges.custom.rows': 'Rows',
  'edges.custom.cols': 'Columns',
  'edges.custom.weight': 'Weight at row {row}, column {col}',
  'edges.check.title': 'Shift or rotate, then detect edges',
  'edges.check.intro':
    'Convolution is equivariant to translation: detecting edges in a shifted photo gives the edge map shifted by the same amount. A rotation is another matter: a kernel that is not symmetric under it gives a different map depending on the order.',
  'edges.check.controls': 'Transform of the photo',
  'edges.check.shift': 'Shift',
  'edges.check.rotate': 'Rotate',
  'edges.check.angle': 'Angle',
  'edges.check.shifted': 'shifted by ({dx}, {dy})',
  'edges.check.shiftLimited':
    'On this {width} × {height} image a shift goes at most half its size each way, so the shift used is ({dx}, {dy}).',
  'edges.check.rotated': 'rotated by {degrees}°',
  'edges.check.image.transformed': 'T(x): the photo {transform}',
  'edges.check.image.filteredAfter': 'f(T(x)): edges of that photo',
  'edges.check.image.transformedAfter': 'T(f(x)): the edge map {transform}',
  'edges.check.image.difference': 'f(T(x)) − T(f(x)), on the same colour scale',
  'edges.check.exact':
    'Away from the borders ({share} of the map) the two orders agree exactly: the largest difference is 0. Only near the borders, where the transform brings in pixels from outside the photo, do they differ (by up to {border}).',
  'edges.check.noInterior':
    'On an image this small every output is near a border, where the transform brings in pixels from outside: the two orders differ by up to {border}, and there is no part away from the borders to compare.',
  'edges.check.differs':
    'Away from the borders ({share} of the map) the two orders differ by up to {largest} (on average {mean}), against edges of up to {scale}: this kernel does not commute with this transform.',
  'edges.learning.title': 'Learning the detector: how many examples?',
  'edges.learning.intro':
    'Both layers can compute the book’s edge map, [−1, 1], exactly (whatever kernel is shown above). Here each learns it from labelled pixels of this image (pixel in, edge value out), by least squares. The convolution shares its 2 weights across every position, so every labelled pixel teaches all of them; the dense layer on a small crop has a weight per input and output, and each output learns only from its own labels.',
  'edges.learning.chart': 'Test error against labelled pixels, both axes logarithmic',
  'edges.learning.xAxis': 'Labelled output pixels used for learning',
  'edges.learning.yAxis': 'Test error (relative)',
  'edges.learning.conv': 'Convolution: {parameters} shared weights (circles, solid line)',
  'edges.learning.dense':
    'Dense layer on a {crop} × {crop} crop, {crop} × {outputs} outputs: {parameters} weights (squares, dashed line)',
  'edges.learning.verdict':
    'The convolution is exact from {conv} labelled pixels; the dense layer needs {dense} of them: {times} times as many.',
  'edges.learning.verdictOpen':
    'The convolution is exact from {conv} labelled pixels; the dense layer is not exact yet.',
  'edges.learning.verdictSmall':
    'The convolution is exact from {conv} labelled pixels. This image has only {distinct} different {crop} × {crop} crops, fewer than the {inputs} the dense layer needs to pin down its weights: it cannot learn the detector from this image at all.',
  'edges.image.title': 'Your own image',
  'edges.image.choose': 'Choose an image…',
  'edges.image.drop': 'You can also drop an image on the figure, or paste one.',
  'edges.image.private': 'Your images stay in this browser: nothing is uploaded.',
  'edges.image.showing': 'Showing your image “{name}”: {width} × {height} pixels.',
  'edges.image.showingScaled':
    'Showing your image “{name}”, scaled down from {fileWidth} × {fileHeight} to {width} × {height} pixels (at most {side} pixels a side), so that the dense layer stays within reach.',
  'edges.image.back': 'Back to the photo',
  'edges.image.reading': 'Reading “{name}”…',
  'edges.camera.start': 'Use the camera',
  'edges.camera.stop': 'Stop the camera',
  'edges.camera.starting': 'Starting the camera…',
  'edges.camera.live':
    'Camera on: {fps} frames per second, each taking {ms} ms from capture to its edges drawn. Frames stay in this browser.',
  'edges.camera.liveStart': 'Camera on. Frames stay in this browser.',
  'edges.check.paused': 'The shift and rotation check waits while the camera is on.',
  'notice.camera.denied': 'The camera was not allowed, so it stays off. The previous image stays.',
  'notice.camera.none': 'No camera was found. The previous image stays.',
  'notice.camera.failed': 'The camera could not be started. The previous image stays.',
  'notice.image.empty': '“{name}” is an empty file (0 bytes). The previous image stays.',
  'notice.image.notImage':
    '“{name}” is not an image this figure can read (PNG, JPEG, GIF, WebP, BMP or SVG). The previous image stays.',
  'notice.image.svgScript':
    '“{name}” is an SVG that contains script, so it was not opened. The previous image stays.',
  'notice.image.tooLarge':
    '“{name}” is {width} × {height} pixels: too large to decode safely here (at most {megapixels} million pixels). The previous image stays.',
  'notice.image.tooSmall':
    '“{name}” is only {width} × {height} pixels; the figure needs at least 2 × 2. The previous image stays.',
  'notice.image.corrupt': '“{name}” could not be decoded: the file looks damaged. The previous image stays.',
  'notice.image.unread': '“{name}” could not be read ({message}). The previous image stays.',
  'notice.image.fileTooLarge':
    '“{name}” is larger than {megabytes} MB, so it was not read. The previous image stays.',
} as const;

/** Section 5, edges on a real photo: the figure's own views, Chinese. */
export const edgesViewZh: Record<keyof typeof edgesViewEn, Message> = {
  'edges.hint':
    '点击或轻点边缘图（或照片）上的一个像素，也可以用 Tab 键进入其中，再用方向键和回车键选择。鼠标悬停可预览。用 + 和 − 键、Ctrl + 滚轮或双指缩放；拖动可平移。行和列都从左上角的 0 开始数。',
  'edges.hint.touch':
    '轻点边缘图（或照片）上的一个像素即可读出它的值。双指捏合可以缩放，放大后用一根手指拖动。行和列都从左上角的 0 开始数。',
  'edges.photo.title': '输入 x：{name}，{width} × {height}',
  'edges.map.title': '边缘图 y，{width} × {height}',
  'edges.grid.label': '{title}。方向键移动，回车键选择，Esc 键取消选择。',
  'edges.grid.cell': '第 {row} 行，第 {col} 列',
  'edges.legend.title': '边缘图的颜色',
  'edges.legend.signed': '{low}：右边更暗 · 0：没有变化 · {high}：右边更亮',
  'edges.legend.signedGeneral': '{low}：最小的负值 · 0 · {high}：最大的正值',
  'edges.legend.magnitude': '0：没有边缘 · {high}：最强的边缘',
  'edges.live.none': '选中边缘图上的一个输出像素，或照片上的一个像素，这里就会读出它。',
  'edges.live.selected': '已选中',
  'edges.live.previewing': '预览',
  'edges.live.output': '{state}：{equation}。',
  'edges.live.magnitude': '图中显示的是它的绝对值 |y| = {value}。',
  'edges.live.outputField': '它读取 {count} 个输入像素，在照片上高亮，并在下方放大显示。',
  'edges.live.outputFieldZeros':
    '它的窗口覆盖 {count} 个输入像素，在照片上高亮，并在下方放大显示；这个卷积核给其中 {zeros} 个的权重是 0。',
  'edges.live.input': '{state}：{pixel} = {value}，它影响 {count} 个输出：{outputs}。',
  'edges.live.inputNone': '{state}：{pixel} = {value}，它不影响任何输出：这个核的窗口都没有覆盖它。',
  'edges.inset.title': '选中处附近放大，标出每个像素的值',
  'edges.inset.label': '{name} 附近的像素；感受野用框线标出。',
  'edges.row.title': '选中的输出在这一层权重矩阵中对应的那一行',
  'edges.row.sparse': '卷积（稀疏存储）：{entries} 个元素中只有 {count} 个非零（第 {columns} 列）。',
  'edges.row.sparseZeros':
    '卷积（稀疏存储）：{entries} 个元素中存储 {stored} 个，窗口里每个像素一个；用这个卷积核时其中 {count} 个非零（第 {columns} 列）。',
  'edges.row.dense': '全连接层：这一行有 {entries} 个权重，每一个都是独立的参数。',
  'edges.row.zoom': '第 {first} … {last} 个元素，放大',
  'edges.counts.title':
    '这一层的开销：按 {width} × {height} 的图像（W = {width}，H = {height}）和 {kh} 行 × {kw} 列的核计算',
  'edges.count.outputs': '输出个数',
  'edges.count.conv-flops': '卷积：运算次数',
  'edges.count.sparse-nonzeros': '稀疏存储的矩阵：保留的元素',
  'edges.count.dense-entries': '全连接层：矩阵元素',
  'edges.count.dense-flops': '全连接层：运算次数',
  'edges.count.flops-ratio': '全连接运算次数是卷积的多少倍',
  'edges.count.formula': '公式',
  'edges.count.value': '数目',
  'edges.count.what': '项目',
  'edges.time.conv': '卷积在工作线程中用了 {ms} 毫秒。',
  'edges.dense.title': '真的把全连接层跑一遍',
  'edges.dense.explain':
    '把同样的边缘图当作全连接层来算：共 {multiplyAdds} 次乘加，在这个浏览器的 {count} 个后台线程上运行。每个输出的矩阵行在用到时才生成、用完即丢，整个矩阵（{size}）从不存储。',
  'edges.dense.run': '真的运行全连接层',
  'edges.duration.ms': '{value} 毫秒',
  'edges.duration.s': '{value} 秒',
  'edges.dense.cancel': '取消',
  'edges.dense.progress': '全连接层：已完成 {percent}',
  'edges.dense.progressText': '已完成 {percent} · 已用 {elapsed} 秒 · 大约还需 {remaining} 秒',
  'edges.dense.progressStart': '已完成 {percent} · 已用 {elapsed} 秒',
  'edges.dense.cancelled': '已在 {elapsed} 秒后取消。图示保持原样。',
  'edges.dense.done':
    '在 {count} 个工作线程上用 {wall}完成：计算时间合计 {work}，每个线程每秒 {rate} 次乘加。',
  'edges.dense.compare':
    '卷积用了 {conv} 毫秒。全连接层的计算时间是它的 {measured} 倍；按计数预计是 {predicted} 倍。',
  'edges.dense.difference': '两张边缘图之间的最大差值：{difference}。',
  'edges.dense.stale': '这个结果对应的是之前的图像或卷积核。',
  'edges.dense.changed': '在 {elapsed} 秒后停止：图像或卷积核变了。请对新的重新运行。',
  'edges.dense.failed': '全连接层的运行中断了：{message}',
  'edges.custom.title': '你的卷积核',
  'edges.custom.rows': '行数',
  'edges.custom.cols': '列数',
  'edges.custom.weight': '第 {row} 行第 {col} 列的权重',
  'edges.check.title': '先平移或旋转，再检测边缘',
  'edges.check.intro':
    '卷积对平移是等变的：在平移后的照片上检测边缘，得到的就是平移了同样距离的边缘图。旋转则不同：对旋转不对称的卷积核，先后顺序不同，得到的图也不同。',
  'edges.check.controls': '对照片的变换',
  'edges.check.shift': '平移',
  'edges.check.rotate': '旋转',
  'edges.check.angle': '角度',
  'edges.check.shifted': '平移 ({dx}, {dy})',
  'edges.check.shiftLimited':
    '这张图像为 {width} × {height}，平移在每个方向最多为它大小的一半，所以这里用的平移是 ({dx}, {dy})。',
  'edges.check.rotated': '旋转 {degrees}°',
  'edges.check.image.transformed': 'T(x)：照片{transform}',
  'edges.check.image.filteredAfter': 'f(T(x))：这张照片的边缘',
  'edges.check.image.transformedAfter': 'T(f(x))：边缘图{transform}',
  'edges.check.image.difference': 'f(T(x)) − T(f(x))，使用同样的颜色刻度',
  'edges.check.exact':
    '在远离边界的区域（占边缘图的 {share}），两种顺序的结果完全相同：最大差值为 0。只有在边界附近，变换从照片之外引入了像素，二者才有差别（最多 {border}）。',
  'edges.check.noInterior':
    '图像这么小，每个输出都靠近边界，而变换会从图像之外引入像素：两种顺序最多相差 {border}，没有远离边界的区域可供比较。',
  'edges.check.differs':
    '在远离边界的区域（占边缘图的 {share}），两种顺序的结果最多相差 {largest}（平均 {mean}），而边缘值最大为 {scale}：这个卷积核与这个变换不可交换。',
  'edges.learning.title': '学习这个检测器：需要多少样本？',
  'edges.learning.intro':
    '两种层都能精确地算出书中的边缘图 [−1, 1]（与上面所选的卷积核无关）。这里让它们各自从这张图像上带标签的像素（输入像素，输出边缘值）中用最小二乘法学出来。卷积的 2 个权重在所有位置共享，每个带标签的像素都能教会全部权重；小块图像上的全连接层每对输入和输出都有一个权重，每个输出只能从自己的标签中学习。',
  'edges.learning.chart': '测试误差与带标签像素数的关系，两个坐标轴都是对数刻度',
  'edges.learning.xAxis': '用来学习的带标签输出像素数',
  'edges.learning.yAxis': '测试误差（相对值）',
  'edges.learning.conv': '卷积：{parameters} 个共享权重（圆点，实线）',
  'edges.learning.dense':
    '{crop} × {crop} 小块上的全连接层，{crop} × {outputs} 个输出：{parameters} 个权重（方块，虚线）',
  'edges.learning.verdict':
    '卷积用 {conv} 个带标签像素就学得精确；全连接层需要 {dense} 个，是它的 {times} 倍。',
  'edges.learning.verdictOpen': '卷积用 {conv} 个带标签像素就学得精确；全连接层还没有学得精确。',
  'edges.learning.verdictSmall':
    '卷积用 {conv} 个带标签像素就学得精确。这张图像只有 {distinct} 个不同的 {crop} × {crop} 小块，少于全连接层确定其权重所需的 {inputs} 个：它根本无法从这张图像学会这个检测器。',
  'edges.image.title': '用你自己的图像',
  'edges.image.choose': '选择图像…',
  'edges.image.drop': '也可以把图像拖到图示上，或直接粘贴。',
  'edges.image.private': '你的图像只留在这个浏览器里，不会上传到任何地方。',
  'edges.image.showing': '正在显示你的图像“{name}”：{width} × {height} 像素。',
  'edges.image.showingScaled':
    '正在显示你的图像“{name}”，已从 {fileWidth} × {fileHeight} 缩小到 {width} × {height} 像素（每边最多 {side} 像素），好让全连接层仍然算得动。',
  'edges.image.back': '换回照片',
  'edges.image.reading': '正在读取“{name}”…',
  'edges.camera.start': '使用摄像头',
  'edges.camera.stop': '关闭摄像头',
  'edges.camera.starting': '正在打开摄像头…',
  'edges.camera.live':
    '摄像头已打开：每秒 {fps} 帧，每一帧从拍摄到画出边缘用时 {ms} 毫秒。画面只留在这个浏览器里。',
  'edges.camera.liveStart': '摄像头已打开。画面只留在这个浏览器里。',
  'edges.check.paused': '摄像头打开时，平移和旋转的检验暂停。',
  'notice.camera.denied': '没有获得使用摄像头的许可，摄像头保持关闭。仍显示之前的图像。',
  'notice.camera.none': '没有找到摄像头。仍显示之前的图像。',
  'notice.camera.failed': '无法打开摄像头。仍显示之前的图像。',
  'notice.image.empty': '“{name}”是一个空文件（0 字节）。仍显示之前的图像。',
  'notice.image.notImage':
    '“{name}”不是这个图示能读取的图像（支持 PNG、JPEG、GIF、WebP、BMP 和 SVG）。仍显示之前的图像。',
  'notice.image.svgScript': '“{name}”是含有脚本的 SVG，因此没有打开。仍显示之前的图像。',
  'notice.image.tooLarge':
    '“{name}”为 {width} × {height} 像素，太大，无法在这里安全解码（最多 {megapixels} 百万像素）。仍显示之前的图像。',
  'notice.image.tooSmall': '“{name}”只有 {width} × {height} 像素；图示至少需要 2 × 2。仍显示之前的图像。',
  'notice.image.corrupt': '“{name}”无法解码：文件似乎已损坏。仍显示之前的图像。',
  'notice.image.unread': '无法读取“{name}”（{message}）。仍显示之前的图像。',
  'notice.image.fileTooLarge': '“{name}”超过 {megabytes} MB，因此没有读取。仍显示之前的图像。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof edgesViewEn, true> {}
}
