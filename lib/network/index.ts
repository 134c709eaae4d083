// Public API of the network constructs.
export {};
