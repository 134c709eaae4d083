// Public API of the load-balancing constructs.
export * from './https-load-balancer';
