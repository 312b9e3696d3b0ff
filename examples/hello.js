// A first Oryx program.
const greet = (name) => `Hello, ${name}!`;
print(greet("Oryx"));
