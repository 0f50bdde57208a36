export { defaultLayoutPlugin } from './plugin.js';
