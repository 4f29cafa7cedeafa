// The four-plus cities of the sample study, with their names in the languages of the material.
import type { SampleCity } from './types';

export const SAMPLE_CITIES: SampleCity[] = [
  { key: 'vienna', name: 'Vienna', country: 'AT', aliases: ['Wien', 'Vídeň', 'Vienne', 'Виена'], latitude: 48.2082, longitude: 16.3738 },
  { key: 'berlin', name: 'Berlin', country: 'DE', aliases: ['Berlín', 'Берлин', 'Berlino'], latitude: 52.52, longitude: 13.405 },
  { key: 'bologna', name: 'Bologna', country: 'IT', aliases: ['Bologne', 'Boloňa', 'Болоня'], latitude: 44.4949, longitude: 11.3426 },
  { key: 'prague', name: 'Prague', country: 'CZ', aliases: ['Praha', 'Prag', 'Praga', 'Прага'], latitude: 50.0755, longitude: 14.4378 },
  { key: 'burgas', name: 'Burgas', country: 'BG', aliases: ['Бургас', 'Burgaz', 'Pyrgos'], latitude: 42.5048, longitude: 27.4626 },
];
