import './lib/load-env';
import { launch } from './lib/launch';

await launch({ mode: 'development', build: false });
