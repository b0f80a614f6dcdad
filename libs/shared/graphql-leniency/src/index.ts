export { repairStrayDotsAfterNumbers } from './stray-dot-after-number';
