import { describe, expect, it } from 'vitest';
import { cidrContains, parseCidr, parseIpAddress } from './ip.ts';

const addresses: { name: string; text: string; valid: boolean }[] = [
  { name: 'a dotted IPv4 address', text: '203.0.113.10', valid: true },
  { name: 'an IPv4 octet over 255 is invalid', text: '203.0.113.256', valid: false },
  { name: 'three IPv4 octets are invalid', text: '203.0.113', valid: false },
  { name: 'a full IPv6 address', text: '2001:0db8:0000:0000:0000:0000:0000:0001', valid: true },
  { name: 'a compressed IPv6 address', text: '2001:db8::1', valid: true },
  { name: 'the IPv6 unspecified address ::', text: '::', valid: true },
  { name: 'an IPv4-mapped IPv6 address', text: '::ffff:203.0.113.10', valid: true },
  { name: 'two :: in one address are invalid', text: '2001::db8::1', valid: false },
  { name: 'a group of five hex digits is invalid', text: '2001:db8::12345', valid: false },
  { name: 'text is not an address', text: 'localhost', valid: false },
];

const blocks: { name: string; block: string; address: string; contains: boolean }[] = [
  {
    name: 'a /24 contains its own addresses',
    block: '203.0.113.0/24',
    address: '203.0.113.255',
    contains: true,
  },
  {
    name: 'a /24 does not contain the next block',
    block: '203.0.113.0/24',
    address: '203.0.114.0',
    contains: false,
  },
  {
    name: 'host bits in the block are ignored',
    block: '203.0.113.77/24',
    address: '203.0.113.1',
    contains: true,
  },
  { name: '/0 contains every IPv4 address', block: '0.0.0.0/0', address: '255.255.255.255', contains: true },
  {
    name: 'an IPv6 /64 contains an address in it',
    block: '2001:db8:1:2::/64',
    address: '2001:db8:1:2:ffff::1',
    contains: true,
  },
  {
    name: 'an IPv6 /64 does not contain the next /64',
    block: '2001:db8:1:2::/64',
    address: '2001:db8:1:3::1',
    contains: false,
  },
  {
    name: 'an IPv6 block never contains an IPv4 address',
    block: '::/0',
    address: '10.0.0.1',
    contains: false,
  },
];

describe('parseIpAddress', () => {
  it.each(addresses)('$name', ({ text, valid }) => {
    expect(parseIpAddress(text) !== undefined).toBe(valid);
  });
});

describe('cidrContains', () => {
  it.each(blocks)('$name', ({ block, address, contains }) => {
    const cidr = parseCidr(block);
    const ip = parseIpAddress(address);
    expect(cidr && ip && cidrContains(cidr, ip)).toBe(contains);
  });

  it.each([
    { name: 'a prefix over 32 is invalid for IPv4', block: '10.0.0.0/33' },
    { name: 'a prefix over 128 is invalid for IPv6', block: '::/129' },
    { name: 'a non-numeric prefix is invalid', block: '10.0.0.0/x' },
  ])('$name', ({ block }) => {
    expect(parseCidr(block)).toBeUndefined();
  });
});
