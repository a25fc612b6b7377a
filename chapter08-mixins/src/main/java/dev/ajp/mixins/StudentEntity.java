package dev.ajp.mixins;

/** A timestamped student, whichever mixin stamps it: what an update through the entity needs. */
public interface StudentEntity extends Timestamped {

    int getAge();

    void setAge(int age);
}
