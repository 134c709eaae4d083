// Public API of the identity constructs.
export {};
