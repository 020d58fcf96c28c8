global using Probity.Data;
