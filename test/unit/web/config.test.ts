import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../web/src/config.ts';

describe('the web app settings (config.json)', () => {
  it('reads the local mode, trimming the trailing slash of the API origin', () => {
    expect(parseSettings({ apiUrl: 'http://localhost:3000/', auth: { mode: 'local' } })).toEqual({
      apiUrl: 'http://localhost:3000',
      auth: { mode: 'local' },
    });
  });

  it('reads the Hosted UI mode and the stage API key', () => {
    const settings = parseSettings({
      apiUrl: 'https://api.example.com',
      apiKey: 'web-key',
      auth: {
        mode: 'hosted',
        authority: 'https://issuer',
        clientId: 'client',
        domain: 'https://login.example.com/',
      },
    });
    expect(settings).toEqual({
      apiUrl: 'https://api.example.com',
      apiKey: 'web-key',
      auth: {
        mode: 'hosted',
        authority: 'https://issuer',
        clientId: 'client',
        domain: 'https://login.example.com',
      },
    });
  });

  it('names what is missing', () => {
    expect(() => parseSettings({})).toThrow('config.json: apiUrl is missing');
    expect(() => parseSettings({ apiUrl: 'https://api', auth: { mode: 'hosted', authority: 'x' } })).toThrow(
      'config.json: auth.clientId is missing',
    );
  });
});
