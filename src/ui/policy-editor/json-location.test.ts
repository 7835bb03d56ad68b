import { describe, expect, it } from 'vitest';
import { jsonLocationAt } from './json-location.ts';

/** `|` marks the cursor. */
const cases: { name: string; text: string; path: string[]; inKey: boolean; token?: string }[] = [
  { name: 'an empty document is a key position at the root', text: '|', path: [], inKey: false },
  {
    name: 'inside the root object a property name goes',
    text: '{ "Ver|',
    path: [],
    inKey: true,
    token: 'Ver',
  },
  {
    name: 'a value of Action inside an array is under Statement/Action',
    text: '{"Statement":[{"Effect":"Deny","Action":["s3:Put|"]}]}',
    path: ['Statement', 'Action'],
    inKey: false,
    token: 's3:Put',
  },
  {
    name: 'a bare string value of Action',
    text: '{"Statement":{"Action":"s3:Get|',
    path: ['Statement', 'Action'],
    inKey: false,
    token: 's3:Get',
  },
  {
    name: 'a name directly under Condition is an operator',
    text: '{"Statement":[{"Condition":{"StringNot|": {}}}]}',
    path: ['Statement', 'Condition'],
    inKey: true,
    token: 'StringNot',
  },
  {
    name: 'a name under an operator is a condition key',
    text: '{"Statement":[{"Condition":{"Bool":{"aws:Sec|',
    path: ['Statement', 'Condition', 'Bool'],
    inKey: true,
    token: 'aws:Sec',
  },
  {
    name: 'after a comma the previous property no longer encloses the cursor',
    text: '{"Statement":[{"Effect":"Deny", |}]}',
    path: ['Statement'],
    inKey: true,
  },
  {
    name: 'escaped quotes inside strings do not end them',
    text: '{"Sid":"a \\"quoted\\" sid","Action":"|"}',
    path: ['Action'],
    inKey: false,
    token: '',
  },
  {
    name: 'closed objects are popped: a later property is at the outer level',
    text: '{"Statement":[{"Condition":{"Bool":{"k":"v"}}, "Res|"}]}',
    path: ['Statement'],
    inKey: true,
    token: 'Res',
  },
];

describe('jsonLocationAt', () => {
  it.each(cases)('$name', ({ text, path, inKey, token }) => {
    const offset = text.indexOf('|');
    const location = jsonLocationAt(text.replace('|', ''), offset);
    expect(location.path).toEqual(path);
    expect(location.inKey).toBe(inKey);
    expect(location.token?.text).toBe(token);
  });
});
