import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;
export const APP_NAME = 'Thư ký Hội nghị';
/** File name of the data file in its default folder. */
export const DATA_FILE_NAME = 'thu-ky-hoi-nghi.sqlite';
