type AnyDecorator = (target: object, propertyKey?: string | symbol, descriptor?: PropertyDescriptor) => void;

/** Composes several decorators into one (they run in the order given). */
export function applyDecorators(...decorators: Array<MethodDecorator | PropertyDecorator | ClassDecorator>) {
  return (target: object, propertyKey?: string | symbol, descriptor?: PropertyDescriptor): void => {
    for (const decorator of decorators) {
      (decorator as AnyDecorator)(target, propertyKey, descriptor);
    }
  };
}
