package io.chipwatch.cli;

import io.chipwatch.fetch.Cidr;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --allow-network} values; a bad one is a usage error naming the value. */
final class CidrConverter implements ITypeConverter<Cidr> {

    @Override
    public Cidr convert(String value) {
        try {
            return Cidr.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
