import { ipAddress } from './ip-address.ts';
import { negationOf } from './types.ts';

/** True when the context address lies in none of the blocks (and when the key is absent). */
export const notIpAddress = negationOf(ipAddress, 'NotIpAddress');
