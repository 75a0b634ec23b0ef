"""File > Import results and View > Imports: the import dialog, its flow and the batch list."""
