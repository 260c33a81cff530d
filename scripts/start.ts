import './lib/load-env';
import { launch } from './lib/launch';

const build = !process.argv.includes('--no-build') && process.env.ORRERY_SKIP_BUILD !== '1';
await launch({ mode: 'production', build });
