import { buildExtension } from './build';

export default function setup(): void {
  buildExtension();
}
