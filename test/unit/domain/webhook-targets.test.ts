import { describe, expect, it } from 'vitest';
import { addressProblem, urlProblem } from '#domain/webhook-targets';

const deployed = { loopbackAllowed: false };
const local = { loopbackAllowed: true };

describe('webhook targets', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '::1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    'fd00::1',
    'fe80::1',
    '::',
  ])('refuses %s in deployed stages', (address) => {
    expect(addressProblem(address, deployed)).toBeDefined();
  });

  it.each(['93.184.215.14', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111'])(
    'allows the public %s',
    (address) => {
      expect(addressProblem(address, deployed)).toBeUndefined();
    },
  );

  it('allows loopback where the stage allows it, and nothing else private', () => {
    expect(addressProblem('127.0.0.1', local)).toBeUndefined();
    expect(addressProblem('::1', local)).toBeUndefined();
    expect(addressProblem('10.0.0.1', local)).toBeDefined();
    expect(addressProblem('169.254.169.254', local)).toBeDefined();
  });

  it('wants https, except http on loopback where the stage allows it', () => {
    expect(urlProblem('https://hooks.example.com/x', deployed)).toBeUndefined();
    expect(urlProblem('http://hooks.example.com/x', deployed)).toMatch(/https/);
    expect(urlProblem('http://127.0.0.1:8080/x', deployed)).toMatch(/https/);
    expect(urlProblem('http://127.0.0.1:8080/x', local)).toBeUndefined();
    expect(urlProblem('http://localhost:8080/x', local)).toBeUndefined();
    expect(urlProblem('http://[::1]:8080/x', local)).toBeUndefined();
    expect(urlProblem('http://hooks.example.com/x', local)).toMatch(/loopback/);
    expect(urlProblem('ftp://example.com/x', local)).toBeDefined();
    expect(urlProblem('https://user:pw@example.com/x', deployed)).toMatch(/credentials/);
    expect(urlProblem('nope', deployed)).toMatch(/not a URL/);
  });
});
