import { describe, expect, it } from 'vitest';
import { portNodePorts } from './index.js';

describe('portNodePorts', () => {
  it('lists each port node port once, in order, without zeros or the health-check port', () => {
    const spec = { ports: [{ port: 80, nodePort: 30080 }, { port: 53 }, { port: 443, nodePort: 0 }, { port: 81, nodePort: 30080 }, { port: 8, nodePort: 30008 }], healthCheckNodePort: 30100 };
    expect([...portNodePorts(spec)]).toEqual([30080, 30008]);
  });

  it('answers a new set each call', () => {
    const spec = { ports: [{ port: 80, nodePort: 30080 }] };
    portNodePorts(spec).add(30081);
    expect([...portNodePorts(spec)]).toEqual([30080]);
  });
});
