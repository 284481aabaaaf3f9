import type { Message } from '../translate';

/** Section 5, edges on a real photo (fig. 9.6), what the page needs before the figure loads: English. */
export const edgesEn = {
  'edges.heading': 'Edges on a real photo',
  'edges.caption':
    'One tiny kernel, slid over a whole photo, finds its vertical edges: with [−1, 1] every output is a pixel minus its left neighbour, which is also what one row of the layer’s matrix does. The counts compare this convolution with the dense layer that computes exactly the same map.',
  'edges.try':
    'Pick an output pixel to see the two input pixels it reads and its row of the matrix, or run the dense layer for real.',
  'edges.panel': 'Edge map',
  'edges.kernel': 'Kernel',
  'edges.export.maps': 'the photo and its edge map',
  'edges.kernel.book': '[−1, 1], the book’s',
  'edges.kernel.flipped': '[1, −1], flipped',
  'edges.kernel.sobel-x': 'Sobel x (3 × 3)',
  'edges.kernel.sobel-y': 'Sobel y (3 × 3)',
  'edges.kernel.laplacian': 'Laplacian (3 × 3)',
  'edges.kernel.box-blur': 'Box blur (3 × 3)',
  'edges.kernel.custom': 'Your own (up to 5 × 5)',
  'edges.abs': 'Absolute value |y|',
  'edges.image.notInLink':
    'An image of your own, or the camera, is not part of links or embeds: they show the built-in photo you chose.',
} as const;

/** Section 5, edges on a real photo (fig. 9.6): Chinese. */
export const edgesZh: Record<keyof typeof edgesEn, Message> = {
  'edges.heading': '真实照片上的边缘检测',
  'edges.caption':
    '一个极小的卷积核在整张照片上滑动，就能找出其中的竖直边缘：用 [−1, 1] 时，每个输出都是一个像素减去它左边的邻居，这也正是这一层的权重矩阵中一行所做的事。下面的计数把这个卷积与算出完全相同结果的全连接层放在一起比较。',
  'edges.try':
    '选中一个输出像素，看它读取的两个输入像素和矩阵中对应的那一行；也可以真的把那个全连接层跑一遍。',
  'edges.panel': '边缘图',
  'edges.kernel': '卷积核',
  'edges.export.maps': '照片及其边缘图',
  'edges.kernel.book': '[−1, 1]（书中的核）',
  'edges.kernel.flipped': '[1, −1]（翻转）',
  'edges.kernel.sobel-x': 'Sobel x（3 × 3）',
  'edges.kernel.sobel-y': 'Sobel y（3 × 3）',
  'edges.kernel.laplacian': '拉普拉斯核（3 × 3）',
  'edges.kernel.box-blur': '均值模糊（3 × 3）',
  'edges.kernel.custom': '自己定义（最大 5 × 5）',
  'edges.abs': '取绝对值 |y|',
  'edges.image.notInLink': '你自己的图像或摄像头画面不会写进链接或嵌入代码：它们显示的是你选的内置照片。',
};

declare module '../messageCatalog' {
  interface MessageCatalog extends Record<keyof typeof edgesEn, true> {}
}
