// The home endpoint, typed from the shared contract.
import type { Home } from '../../../shared/contracts/home.ts';
import { api } from '../../lib/api.ts';

export type { Home };
export type HomeProduct = NonNullable<Home['producer']>['products'][number];
export type HomeOverview = NonNullable<Home['overview']>;

export const getHome = () => api<Home>('/api/home');
