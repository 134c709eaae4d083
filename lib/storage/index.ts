// Public API of the storage constructs.
export {};
