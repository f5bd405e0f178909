/**
 * The few Web platform globals shared/ modules use, declared here so the shared project needs
 * neither the DOM library nor Node's or Workers' types: Workers, Node >= 20 and browsers all have them.
 */
declare var crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
declare function btoa(data: string): string;
