import { api, currentAccessToken } from './client';
import { authApi } from './endpoints';
import type { Page } from './types';

/** The analytics service (`/compute/`, `/ws/compute`): datasets over REST, views live over a WebSocket. */

export interface ComputeColumn {
  name: string;
  type: string;
  role: string;
  unit: string;
  min: number | null;
  max: number | null;
}

export interface ComputeDataset {
  name: string;
  title: string;
  description: string;
  rows: number;
  blocks: number;
  columns: ComputeColumn[];
  bounds: { min_lon: number; max_lon: number; min_lat: number; max_lat: number } | null;
  time_range: { from: string; to: string } | null;
  category_column: string;
  categories: string[];
  value_column: string;
  value_unit: string;
  has_preview: boolean;
}

export interface DatasetList extends Page<ComputeDataset> {
  status: 'ready' | 'preparing' | 'empty';
  detail: string | null;
}

export interface LegendStop {
  value: number;
  color: string;
}

export interface LegendCategory {
  name: string;
  color: string;
  count: number;
}

export interface Legend {
  how: string;
  min: number | null;
  max: number | null;
  stops: LegendStop[];
  categories: LegendCategory[];
}

/** The JSON header of an image frame: which render it answers, the view it covers, its range and legend. */
export interface ImageHeader {
  type: 'image';
  id: number | null;
  stage: 'preview' | 'full';
  dataset: string;
  width: number;
  height: number;
  x_range: [number, number];
  y_range: [number, number];
  projection: string;
  agg: string;
  how: string;
  min: number | null;
  max: number | null;
  legend: Legend;
  blocks_read: number;
  blocks_total: number;
  rows_scanned: number;
  timings: { since_request_ms: number; aggregate_ms: number; shade_ms: number; encode_ms: number };
}

export interface InspectResult {
  dataset: string;
  px: number;
  py: number;
  x_range: [number, number];
  y_range: [number, number];
  agg: string;
  column: string | null;
  value: number | null;
  categories: { name: string; count: number }[];
}

export interface SocketError {
  type: 'error';
  id: number | null;
  code: string;
  title: string;
  detail: string;
  errors: Record<string, string[]> | null;
}

export type ViewParams = Record<string, string | number>;

export const computeApi = {
  datasets: (signal?: AbortSignal) => api.get<DatasetList>('/compute/datasets/', { page_size: 100 }, signal),
};

export interface ComputeSocketHandlers {
  image: (header: ImageHeader, png: Blob) => void;
  inspect: (result: InspectResult, id: number | null) => void;
  error: (error: SocketError) => void;
  state: (state: 'connecting' | 'open' | 'closed') => void;
}

/**
 * One WebSocket to /ws/compute for the page: opened with a single-use ticket (POST /api/auth/token/socket/, so the
 * access token never sits in the socket's URL, which the server keeps for the socket's life), opened again with a
 * fresh ticket when the server closes it because the token expired or the connection dropped, and the latest view
 * sent again then. Renders carry increasing ids; the server only ever answers the newest, and images of older ids
 * are ignored here.
 */
export class ComputeSocket {
  private socket: WebSocket | null = null;
  private sequence = 0;
  private latest: { id: number; params: ViewParams } | null = null;
  private closed = false;
  private retries = 0;

  constructor(private readonly handlers: ComputeSocketHandlers) {}

  get latestId(): number {
    return this.latest?.id ?? 0;
  }

  async open(): Promise<void> {
    this.closed = false;
    this.handlers.state('connecting');
    let ticket = '';
    try {
      // Signed out, the socket opens without one and the server answers 401, as it does for an expired session.
      if (await currentAccessToken()) ticket = (await authApi.socketTicket()).ticket;
    } catch {
      if (!this.closed) this.openLater();
      return;
    }
    if (this.closed) return;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/ws/compute?ticket=${encodeURIComponent(ticket)}`);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.retries = 0;
      this.handlers.state('open');
      if (this.latest) this.send({ type: 'render', id: this.latest.id, params: this.latest.params });
    };
    socket.onmessage = (event) => this.receive(event.data as ArrayBuffer | string);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closed) {
        this.handlers.state('closed');
        return;
      }
      this.openLater();
    };
  }

  /** Asks for a view; returns its id. Only the newest view's images are delivered. */
  render(params: ViewParams): number {
    const id = ++this.sequence;
    this.latest = { id, params };
    this.send({ type: 'render', id, params });
    return id;
  }

  inspect(px: number, py: number): number {
    const id = ++this.sequence;
    this.send({ type: 'inspect', id, px, py });
    return id;
  }

  close(): void {
    this.closed = true;
    this.socket?.close(1000, 'page closed');
    this.socket = null;
  }

  /** Token expired (1008), server restarting (1001), a dropped connection or no ticket: connect again, a little later each time. */
  private openLater(): void {
    this.handlers.state('closed');
    const delay = Math.min(10_000, 300 * 2 ** this.retries++);
    setTimeout(() => {
      if (!this.closed) void this.open();
    }, delay);
  }

  private send(message: object): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private receive(data: ArrayBuffer | string): void {
    if (typeof data === 'string') {
      const frame = JSON.parse(data) as { type: string; id?: number | null; result?: InspectResult };
      if (frame.type === 'error') this.handlers.error(frame as SocketError);
      else if (frame.type === 'inspect' && frame.result) this.handlers.inspect(frame.result, frame.id ?? null);
      return;
    }
    const length = new DataView(data).getUint32(0);
    const header = JSON.parse(new TextDecoder().decode(new Uint8Array(data, 4, length))) as ImageHeader;
    if (header.id !== null && header.id !== this.latest?.id) return;
    this.handlers.image(header, new Blob([new Uint8Array(data, 4 + length)], { type: 'image/png' }));
  }
}
