/**
 * A realistic pod, shared by the benchmarks (what they create, list and watch) and by the codec
 * tests that hold the fast paths to protobufjs on an object of the size the server really sees.
 */
import type { KubeObject } from './scheme.js';

/** A pod of about 1.2 KB, as a client sends it, shaped as a Deployment's pods are. */
export function samplePod(name: string): KubeObject & { spec: Record<string, unknown> } {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      labels: { app: 'bench', tier: 'backend', 'pod-template-hash': '5d8f7c9b6d' },
      annotations: { 'example.com/owner': 'benchmarks', 'example.com/description': 'a pod of a realistic size for throughput measurements' },
    },
    spec: {
      containers: [
        {
          name: 'app',
          image: 'registry.example.com/team/app:1.4.2',
          args: ['--port=8080', '--log-level=info'],
          ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
          env: [
            { name: 'MODE', value: 'production' },
            { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
          ],
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
          readinessProbe: { httpGet: { path: '/healthz', port: { intVal: 8080 } }, periodSeconds: 5 },
          livenessProbe: { tcpSocket: { port: { strVal: 'http' } }, initialDelaySeconds: 10 },
          volumeMounts: [{ name: 'config', mountPath: '/etc/app' }],
        },
        {
          name: 'sidecar',
          image: 'registry.example.com/team/proxy:2.0.0',
          ports: [{ name: 'metrics', containerPort: 9090, protocol: 'TCP' }],
          resources: { requests: { cpu: '50m', memory: '64Mi' } },
        },
      ],
      volumes: [{ name: 'config', configMap: { name: 'app-config' } }],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      tolerations: [{ key: 'example.com/dedicated', operator: 'Equal', value: 'bench', effect: 'NoSchedule' }],
    },
  };
}
