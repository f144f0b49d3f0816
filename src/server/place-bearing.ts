// Every table that records a place, gathered from the modules that own them (see
// core/place-bearing.ts). A module adding such a table lists it here.
import type { PlaceBearingTable } from './core/place-bearing.ts';
import { REGISTRY_PLACE_BEARING } from './modules/registry/registry.service.ts';

export const PLACE_BEARING_TABLES: readonly PlaceBearingTable[] = [...REGISTRY_PLACE_BEARING];
