export * from './roles';
export * from './auth';
export * from './audit';
export * from './analytics';
export * from './api';
export * from './charts';
export * from './saved-charts';
